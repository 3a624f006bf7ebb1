import { normalizeSettings, settingsToParams, type NormalizedSettings, type Settings } from "../lib/playground/settings.ts";

/** Reads the settings from the page's URL and rewrites the URL to their cleaned form, in place. */
export function readSettingsFromUrl(location: Location, history: History): NormalizedSettings & { fromLink: boolean } {
  const params = new URLSearchParams(location.search);
  const normalized = normalizeSettings(params);
  const cleaned = settingsToParams(normalized.settings).toString();
  if (cleaned !== params.toString()) writeSettingsToUrl(normalized.settings, location, history);
  return { ...normalized, fromLink: cleaned !== "" };
}

/** Replaces the current history entry, so changing settings never piles up entries. */
export function writeSettingsToUrl(settings: Settings, location: Location, history: History): void {
  const query = settingsToParams(settings).toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}
