/**
 * Shared SQL for country groups, so every page and download means the same thing by "members".
 * Members of Smart Africa: confirmed members and the one member the sources report without
 * confirmation (Liberia); a country "in process" (Botswana) is not counted.
 */
export const SMART_AFRICA_MEMBERS_SQL = `SELECT iso3 FROM memberships
	WHERE org = 'smart-africa' AND status IN ('member', 'member-unconfirmed')`;
