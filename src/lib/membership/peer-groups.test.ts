import { describe, expect, it } from 'vitest';
import { peerButtons, peerGroups } from './peer-groups';

describe('peer groups', () => {
	const countries = [
		{ iso3: 'TGO', au_region: 'west', recs: ['ecowas', 'uemoa'], member: true, founding: false },
		{ iso3: 'RWA', au_region: 'east', recs: ['eac', 'comesa'], member: true, founding: true },
		{ iso3: 'BWA', au_region: 'southern', recs: ['sadc'], member: false, founding: false }
	];
	it('groups countries by membership, AU region and community, leaving out empty groups', () => {
		const groups = Object.fromEntries(peerGroups(countries).map((g) => [g.id, g.codes]));
		expect(groups).toEqual({
			members: ['TGO', 'RWA'],
			'non-members': ['BWA'],
			founding: ['RWA'],
			'region:west': ['TGO'],
			'region:east': ['RWA'],
			'region:southern': ['BWA'],
			'rec:ecowas': ['TGO'],
			'rec:uemoa': ['TGO'],
			'rec:eac': ['RWA'],
			'rec:sadc': ['BWA'],
			'rec:comesa': ['RWA']
		});
	});
	it('names each group in the page language with its size', () => {
		const [members, , , west] = peerButtons('fr', peerGroups(countries));
		expect(members.label).toBe('Membres');
		expect(members.title).toContain('(2 pays)');
		expect(west.heading).not.toBe(members.heading);
	});
});
