/**
 * What makes a text field the combobox of a popup list (the WAI-ARIA combobox pattern, list
 * autocompletion): one home for the attributes the site's Combobox and the search field both carry.
 * `activeId` is the id of the option the arrow keys have reached, announced only while the list is shown.
 */
export function comboboxInputAttributes(listId: string, expanded: boolean, activeId: string | undefined) {
	return {
		role: 'combobox',
		autocomplete: 'off',
		spellcheck: 'false',
		'aria-autocomplete': 'list',
		'aria-expanded': expanded,
		'aria-controls': listId,
		'aria-activedescendant': expanded ? activeId : undefined
	} as const;
}
