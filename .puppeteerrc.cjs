// pa11y-ci depends on Puppeteer, whose install script would download a browser.
// The tests drive Debian's Chromium instead, so the download is switched off here,
// which works with any npm version (npm 11 also honours "allowScripts" in package.json).
module.exports = { skipDownload: true };
