/**
 * The public wording of the fact tables' free text, in English and French.
 *
 * The compiled fact tables (../shared/data/facts) are written in curators' shorthand: articles are
 * called "seed 003", phases "APL1A=Liberia+Sierra Leone". PUBLIC_EN gives the few texts that need it
 * a public English wording (an article is cited by its publisher and date; the same facts, no more),
 * and FACTS_FR the French of every text a page shows, keyed by that public English. Each French text
 * is a faithful translation: the same facts, dates, amounts and hedges, nothing added. A text without
 * its French is curated with an empty French column, and the data build refuses it
 * (scripts/lib/tables.ts: `fr`), so a new or reworded fact cannot reach the French pages in English.
 */

/** An article the compilation rests on, cited as the public reads it: publisher and date. */
const ALWIHDA_2017 = 'Alwihda Info, 1 February 2017';
const ALWIHDA_2017_FR = 'Alwihda Info, 1er février 2017';

/** Public English for shorthand texts, keyed by the text as the fact tables give it. */
export const PUBLIC_EN: Record<string, string> = {
	'objective: widen geographic reach of broadband networks and cut communications costs in West Africa; WB 2021 says it targets connectivity gaps between 16 West African countries and the world; APL1A=Liberia+Sierra Leone, APL1B=Gambia+Guinea+Burkina Faso, APL2=Mauritania+Togo, SOP3=Guinea-Bissau':
		'objective: widen geographic reach of broadband networks and cut communications costs in West Africa; the World Bank (2021) says it targets connectivity gaps between 16 West African countries and the world; phases: APL1A (Liberia, Sierra Leone), APL1B (Gambia, Guinea, Burkina Faso), APL2 (Mauritania, Togo), SOP3 (Guinea-Bissau)',
	'Togo component finances a neutral carrier hotel / colocation hub and bandwidth; seed 003 says WARCIP would build a data storage/processing facility in Togo':
		`Togo component finances a neutral carrier hotel / colocation hub and bandwidth; an article (${ALWIHDA_2017}) says WARCIP would build a data storage/processing facility in Togo`,
	'planned from Mar 2017: all technical and scientific lycées, ~8,400 students and 820 teaching staff (seed 003)':
		`planned from Mar 2017: all technical and scientific lycées, ~8,400 students and 820 teaching staff (${ALWIHDA_2017})`,
	'Togo expressed interest after joining (seed 003)': `Togo expressed interest after joining (${ALWIHDA_2017})`,
	'carrier hotel; seed 003 mentions WARCIP in Togo': `carrier hotel; an article (${ALWIHDA_2017}) mentions WARCIP in Togo`,
	'seed 003: joined Nov 2016; interested in Smart Energy and blue-economy projects': `${ALWIHDA_2017}: joined Nov 2016; interested in Smart Energy and blue-economy projects`
};

/** The text as the public reads it. */
export const publicEn = (text: string): string => PUBLIC_EN[text] ?? text;

/** A source link's bracketed note, when it is only the curators' name for the article: "(= seed 003)". */
export const withoutCuratorNote = (links: string): string => links.replace(/ \(= seed \d+\)/g, '');

/** French for each shown fact text, keyed by its public English. */
export const FACTS_FR: Record<string, string> = {
	// projects.lead_org
	'World Bank (IDA) with national ministries': 'Banque mondiale (IDA) avec les ministères nationaux',
	'World Bank': 'Banque mondiale',
	'Togo Ministry of Posts and Digital Economy with education ministries': 'Ministère des Postes et de l’Économie numérique du Togo avec les ministères de l’éducation',
	'Smart Africa Alliance (champion country)': 'Alliance Smart Africa (pays champion)',
	'Smart Africa Alliance': 'Alliance Smart Africa',
	'Sénégal Numérique SA; Focus Education (Mitrelli Group)': 'Sénégal Numérique SA ; Focus Education (groupe Mitrelli)',
	'Senegal Ministry of Employment & Vocational Training; Focus Education (Mitrelli)': 'Ministère de l’Emploi et de la Formation professionnelle du Sénégal ; Focus Education (Mitrelli)',
	'IMT Atlantique (Institut Mines-Télécom); ESP-UCAD': 'IMT Atlantique (Institut Mines-Télécom) ; ESP-UCAD',
	'Senegal Ministry of Higher Education and Research (MESR)': 'Ministère de l’Enseignement supérieur et de la Recherche du Sénégal (MESR)',
	'Woelab (fablab, Lome); Institut polytechnique Defitech': 'Woelab (fab lab, Lomé) ; Institut polytechnique Defitech',
	'APEP / Centre du Secteur Privé (Mali) with NGO Tech-Dev': 'APEP / Centre du secteur privé (Mali) avec l’ONG Tech-Dev',
	'World Bank Group': 'Groupe de la Banque mondiale',
	'UNICEF + ITU': 'UNICEF et UIT',
	'World Bank (with AfDB)': 'Banque mondiale (avec la BAD)',
	'World Bank; ECOWAS': 'Banque mondiale ; CEDEAO',
	// projects.funder
	'World Bank IDA': 'Banque mondiale (IDA)',
	'World Bank IDA credits': 'Crédits IDA de la Banque mondiale',
	'World Bank IDA grants + credit': 'Dons et crédit IDA de la Banque mondiale',
	'World Bank IDA credit': 'Crédit IDA de la Banque mondiale',
	'Germany (BMZ/GIZ) cited as main donor; World Bank co-launched AReg4DT': 'Allemagne (BMZ/GIZ) citée comme principal bailleur ; AReg4DT co-lancé par la Banque mondiale',
	'African Development Fund (AfDB)': 'Fonds africain de développement (BAD)',
	'French Embassy in Senegal (Labs Xalaat Defar project) with Senegal MESRI support': 'Ambassade de France au Sénégal (projet Labs Xalaat Defar) avec l’appui du MESRI du Sénégal',
	'French Embassy (EUR 300,000) + MESR (EUR 60,000 equipment)': 'Ambassade de France (300 000 EUR) et MESR (60 000 EUR d’équipement)',
	'AFD (FISONG facility) and ICCO-cooperation': 'AFD (facilité FISONG) et ICCO-coopération',
	'World Bank IDA grant': 'Don IDA de la Banque mondiale',
	// projects.status
	'phases closed; Togo AF 2021': 'phases clôturées ; financement additionnel pour le Togo en 2021',
	'closed (ICR 2017-12-30; outcome rated satisfactory)': 'clôturé (rapport d’achèvement du 30/12/2017 ; résultats jugés satisfaisants)',
	'closed (ICR 2022-02-25)': 'clôturé (rapport d’achèvement du 25/02/2022)',
	'closed for MRT; Togo extended to 2020-05-31 and received AF in 2021': 'clôturé pour la Mauritanie ; prolongé jusqu’au 31/05/2020 pour le Togo, qui a reçu un financement additionnel en 2021',
	unknown: 'inconnu',
	'deployed (operational phase launched 2018-07-02)': 'déployé (phase opérationnelle lancée le 02/07/2018)',
	'blueprint/priority announced': 'plan directeur ou priorité annoncés',
	active: 'en cours',
	pilots: 'pilotes',
	'declaration signed': 'déclaration signée',
	'agreement signed': 'accord signé',
	announced: 'annoncé',
	completed: 'achevé',
	'closed (planned end 2018)': 'clôturé (fin prévue en 2018)',
	'pilot completed; deployment phase 2018-2023': 'pilote achevé ; phase de déploiement 2018-2023',
	'active (financing secured for Gambia and Guinea per ECOWAS)': 'en cours (financement obtenu pour la Gambie et la Guinée selon la CEDEAO)',
	// projects.amount_note
	'programme envelope (APL) stated as US$300M': 'enveloppe du programme (APL) annoncée à 300 M $US',
	'SLE US$31.0M (SDR19.8M) + LBR US$25.6M (SDR16.3M)': 'Sierra Leone 31,0 M $US (19,8 M DTS) + Liberia 25,6 M $US (16,3 M DTS)',
	'BFA US$23M grant + GMB US$35M + GIN US$34M + BFA additional credit EUR16.4M (~US$20M)':
		'Burkina Faso 23 M $US (don) + Gambie 35 M $US + Guinée 34 M $US + Burkina Faso crédit additionnel 16,4 M EUR (~20 M $US)',
	'US$30M (SDR20.1M) each to Mauritania and Togo; Togo AF US$11M approved 2021-05-21':
		'30 M $US (20,1 M DTS) chacun pour la Mauritanie et le Togo ; financement additionnel de 11 M $US pour le Togo approuvé le 21/05/2021',
	'SDR25.8M credit; concept note (2015) estimated US$38M; Reuters-reported MoU: US$47M total incl. Orange and MTN ~US$8M each':
		'crédit de 25,8 M DTS ; la note conceptuelle (2015) l’estimait à 38 M $US ; protocole d’accord rapporté par Reuters : 47 M $US au total, dont ~8 M $US chacun pour Orange et MTN',
	'EUR 300,000 + EUR 60,000': '300 000 EUR + 60 000 EUR',
	'EUR 355,000 (~FCFA 232.5M)': '355 000 EUR (~232,5 M FCFA)',
	'World Bank intends to invest US$25bn by 2030': 'la Banque mondiale entend investir 25 Md $US d’ici 2030',
	'CMR US$9.9M credit, CAF US$7.3M grant, TCD US$9.0M grant; CAB programme ~US$215M IDA/IBRD over 10 years, 11 eligible countries':
		'Cameroun crédit de 9,9 M $US, République centrafricaine don de 7,3 M $US, Tchad don de 9,0 M $US ; programme CAB ~215 M $US IDA/BIRD sur 10 ans, 11 pays éligibles',
	// projects.beneficiaries
	[`planned from Mar 2017: all technical and scientific lycées, ~8,400 students and 820 teaching staff (${ALWIHDA_2017})`]:
		`prévu à partir de mars 2017 : tous les lycées techniques et scientifiques, ~8 400 élèves et 820 enseignants (${ALWIHDA_2017_FR})`,
	'600 direct (officials, SMEs, MNOs); 2,500 indirect': '600 directs (agents publics, PME, opérateurs mobiles) ; 2 500 indirects',
	'Espaces Senegal Services in 45 departments; target groups: educators, students, youth, women, vulnerable people; plus entrepreneurs/SMEs':
		'Espaces Sénégal Services dans 45 départements ; publics visés : éducateurs, élèves et étudiants, jeunes, femmes, personnes vulnérables ; ainsi que les entrepreneurs et PME',
	'up to 30,000 young adults per year': 'jusqu’à 30 000 jeunes adultes par an',
	'15 current or future fab managers (makery.info)': '15 responsables de fab labs actuels ou futurs (makery.info)',
	'>100 agri-food MSMEs; >240 site visits; >300 technology support requests': 'plus de 100 MPME agroalimentaires ; plus de 240 visites sur site ; plus de 300 demandes d’appui technologique',
	'Nov 2023: ~6,000 schools and 2.4M students connected (claimed), 30 countries; Dec 2024: 34 countries, 2.1M schools mapped':
		'nov. 2023 : ~6 000 écoles et 2,4 millions d’élèves connectés (annoncé), 30 pays ; déc. 2024 : 34 pays, 2,1 millions d’écoles cartographiées',
	// projects.summary
	[PUBLIC_EN[
		'objective: widen geographic reach of broadband networks and cut communications costs in West Africa; WB 2021 says it targets connectivity gaps between 16 West African countries and the world; APL1A=Liberia+Sierra Leone, APL1B=Gambia+Guinea+Burkina Faso, APL2=Mauritania+Togo, SOP3=Guinea-Bissau'
	]]:
		'objectif : étendre la couverture géographique des réseaux à haut débit et réduire les coûts des communications en Afrique de l’Ouest ; selon la Banque mondiale (2021), il vise les déficits de connectivité entre 16 pays d’Afrique de l’Ouest et le reste du monde ; phases : APL1A (Liberia, Sierra Leone), APL1B (Gambie, Guinée, Burkina Faso), APL2 (Mauritanie, Togo), SOP3 (Guinée-Bissau)',
	'finances ACE submarine cable consortium participation and PPP landing stations; ICR notes role of connectivity in Ebola response':
		'finance la participation au consortium du câble sous-marin ACE et des stations d’atterrissement en PPP ; le rapport d’achèvement souligne le rôle de la connectivité dans la riposte à Ebola',
	'ACE cable access for Gambia and Guinea; Burkina Faso (landlocked) added to this phase':
		'accès au câble ACE pour la Gambie et la Guinée ; le Burkina Faso (pays enclavé) a été ajouté à cette phase',
	[`Togo component finances a neutral carrier hotel / colocation hub and bandwidth; an article (${ALWIHDA_2017}) says WARCIP would build a data storage/processing facility in Togo`]:
		`la composante Togo finance un point d’échange neutre (carrier hotel, colocation) et de la bande passante ; un article (${ALWIHDA_2017_FR}) indique que le WARCIP construirait au Togo un centre de stockage et de traitement de données`,
	'connect Guinea-Bissau to the ACE submarine cable, described as last coastal country in the region without a cable':
		'raccorder au câble sous-marin ACE la Guinée-Bissau, décrite comme le dernier pays côtier de la région sans câble',
	'intranet + internet-connected multimedia rooms in schools; services for school life management, teaching resources, pedagogy follow-up and communication; 4 components; pilot: 8 technical/vocational + 2 scientific lycées; phase 2: teacher colleges (ENI, ENS), lycées and collèges; first ENT at LETP Aneho-Glidji 2015-03-20; Wi-Fi at Université de Lomé from 2017-01-30; inauguration at LETP Adidogome 2018-07-02':
		'salles multimédias en intranet, connectées à internet, dans les établissements ; services de gestion de la vie scolaire, ressources pédagogiques, suivi pédagogique et communication ; 4 composantes ; pilote : 8 lycées techniques et professionnels + 2 lycées scientifiques ; phase 2 : écoles normales (ENI, ENS), lycées et collèges ; premier ENT au LETP d’Aného-Glidji le 20/03/2015 ; Wi-Fi à l’Université de Lomé à partir du 30/01/2017 ; inauguration au LETP d’Adidogomé le 02/07/2018',
	'champion/lead country: RWA; Africa Smart Cities Blueprint unveiled at TAS 2017 (ranlab.org)':
		'pays champion ou chef de file : Rwanda ; plan directeur Smart Cities pour l’Afrique dévoilé au TAS 2017 (ranlab.org)',
	'champion/lead country: UGA': 'pays champion ou chef de file : Ouganda',
	'champion/lead country: GAB': 'pays champion ou chef de file : Gabon',
	'champion/lead country: SSD': 'pays champion ou chef de file : Soudan du Sud',
	'champion/lead country: BFA; Kagame pledged initial US$200,000 (2014); fund had raised over US$1.1M by Jan 2017':
		'pays champion ou chef de file : Burkina Faso ; Kagame a promis une première contribution de 200 000 $US (2014) ; le fonds avait levé plus de 1,1 M $US en janvier 2017',
	'champion/lead country: SEN': 'pays champion ou chef de file : Sénégal',
	'champion/lead country: KEN': 'pays champion ou chef de file : Kenya',
	'champion/lead country: MLI': 'pays champion ou chef de file : Mali',
	'champion/lead country: SEN; launched at 14th steering committee 2020-08-26':
		'pays champion ou chef de file : Sénégal ; lancé au 14e comité de pilotage le 26/08/2020',
	'champion/lead country: NER': 'pays champion ou chef de file : Niger',
	'champion/lead country: BEN': 'pays champion ou chef de file : Bénin',
	'champion/lead country: TUN': 'pays champion ou chef de file : Tunisie',
	'champion/lead country: GHA': 'pays champion ou chef de file : Ghana',
	'champion/lead country: ZWE; Zimbabwe invited in 2019 to champion e-agriculture':
		'pays champion ou chef de file : Zimbabwe ; le Zimbabwe a été invité en 2019 à porter l’agriculture numérique',
	'champion/lead country: ZAF': 'pays champion ou chef de file : Afrique du Sud',
	'champion/lead country: BFA': 'pays champion ou chef de file : Burkina Faso',
	'champion/lead country: CIV; CIV to host first youth cybersecurity innovation centres':
		'pays champion ou chef de file : Côte d’Ivoire ; la Côte d’Ivoire doit accueillir les premiers centres d’innovation des jeunes en cybersécurité',
	"capacity-building arm of Smart Africa; national academies launched in Benin, Rwanda, Ghana, Congo, then Cote d'Ivoire; planned for Burkina Faso, Tunisia, Kenya, DR Congo":
		'branche de renforcement des capacités de Smart Africa ; académies nationales lancées au Bénin, au Rwanda, au Ghana, au Congo, puis en Côte d’Ivoire ; prévues au Burkina Faso, en Tunisie, au Kenya et en RD Congo',
	'aims to abolish roaming charges between member states; pilots began in East Africa, extended to West Africa via agreements with CIV, GHA, TGO, BEN (interview at ATDA 2024); Smart Africa manages 34 initiatives in 4 areas':
		'vise à supprimer les frais d’itinérance entre États membres ; pilotes lancés en Afrique de l’Est, étendus à l’Afrique de l’Ouest par des accords avec la Côte d’Ivoire, le Ghana, le Togo et le Bénin (entretien à l’ATDA 2024) ; Smart Africa gère 34 initiatives dans 4 domaines',
	[`Togo expressed interest after joining (${ALWIHDA_2017})`]: `le Togo s’y est dit intéressé après son adhésion (${ALWIHDA_2017_FR})`,
	'declaration on data and digital-identity interoperability signed at TAS 2023; 5 foundation signatories named by Ghanaian sources; Smart Africa release says 8 founding member states':
		'déclaration sur l’interopérabilité des données et de l’identité numérique signée au TAS 2023 ; 5 signataires fondateurs cités par des sources ghanéennes ; le communiqué de Smart Africa parle de 8 États membres fondateurs',
	'online training programme and policy harmonisation on digital trade in 10 countries; signed at TAS 2023':
		'programme de formation en ligne et harmonisation des politiques du commerce numérique dans 10 pays ; signé au TAS 2023',
	'convention signed 2023-02-03 by Cheikh Bakhoum (DG SNSA) and Nadav Weissler (Mitrelli e-learning); online + in-person digital training':
		'convention signée le 03/02/2023 par Cheikh Bakhoum (directeur général de Sénégal Numérique SA) et Nadav Weissler (e-learning, Mitrelli) ; formations numériques en ligne et en présentiel',
	'23 centres, 14 training programmes, computer rooms and labs': '23 centres, 14 programmes de formation, salles informatiques et laboratoires',
	'held alongside the GPE financing conference in Dakar (Feb 2018); IMT-ESP framework agreement: specialised masters in web tech & cybersecurity (Sept 2018) and green-economy project finance (2019); ENSIIE HPC & video games master (Mar 2018)':
		'organisé en marge de la conférence de financement du Partenariat mondial pour l’éducation à Dakar (févr. 2018) ; accord-cadre IMT-ESP : mastères spécialisés en technologies du web et cybersécurité (sept. 2018) et en financement de projets d’économie verte (2019) ; master ENSIIE calcul haute performance et jeux vidéo (mars 2018)',
	'fablabs at Ecole polytechnique de Thies, ESP Dakar and Institut polytechnique de Saint-Louis; national launch workshop June 2017':
		'fab labs à l’École polytechnique de Thiès, à l’ESP de Dakar et à l’Institut polytechnique de Saint-Louis ; atelier national de lancement en juin 2017',
	'Woelab to support Defitech digital transformation, digital identity and an app; students get access to Woelab training and incubation; Woelab founded 2012 (first Togolese fablab, W.Afate 3D printer); Defitech private polytechnic in Lome since 2002':
		'Woelab accompagne Defitech dans sa transformation numérique, son identité numérique et une application ; les étudiants ont accès aux formations et à l’incubation de Woelab ; Woelab, fondé en 2012, est le premier fab lab togolais (imprimante 3D W.Afate) ; Defitech est un institut polytechnique privé à Lomé depuis 2002',
	'results seminar Bamako 21-23 Nov 2017 with support structures from 8 other African countries; deployment to 7 hubs and 18 referents in Mali, Senegal, Chad, Burkina Faso by 2023':
		'séminaire de restitution à Bamako du 21 au 23 nov. 2017 avec des structures d’appui de 8 autres pays africains ; déploiement vers 7 hubs et 18 référents au Mali, au Sénégal, au Tchad et au Burkina Faso d’ici 2023',
	'goal: every African individual, business and government digitally enabled by 2030, supporting AU Digital Transformation Strategy 2020-2030; produces Digital Economy Country Assessments (DECA)':
		'objectif : que chaque personne, entreprise et administration africaine ait accès au numérique d’ici 2030, à l’appui de la Stratégie de transformation numérique de l’UA 2020-2030 ; produit des diagnostics pays de l’économie numérique (DECA)',
	'Map / Model / Contract pillars; Nov 2023 added Benin, Botswana, Guinea, Namibia, South Africa, Zimbabwe; Rwanda chosen to lead Africa implementation':
		'piliers Cartographier / Modéliser / Contractualiser ; en nov. 2023 s’y sont ajoutés le Bénin, le Botswana, la Guinée, la Namibie, l’Afrique du Sud et le Zimbabwe ; le Rwanda a été choisi pour piloter la mise en œuvre en Afrique',
	'uses fibre along Chad-Cameroon pipeline; components: enabling environment, connectivity, e-government, project management':
		'utilise la fibre posée le long de l’oléoduc Tchad-Cameroun ; composantes : environnement favorable, connectivité, administration en ligne, gestion du projet',
	'fibre links Bangui-Bemal (CAR), Doba-Gore and Ndjamena-Adre (Chad); PPP open-access model; financing agreements signed 2012-04-18':
		'liaisons en fibre Bangui-Bémal (République centrafricaine), Doba-Goré et N’Djamena-Adré (Tchad) ; modèle PPP en accès ouvert ; accords de financement signés le 18/04/2012',
	'approved together with WARCIP APL1A credits for Liberia and Sierra Leone (total US$71.5M)':
		'approuvé en même temps que les crédits WARCIP APL1A pour le Liberia et la Sierra Leone (71,5 M $US au total)',
	'successor regional digital programme mentioned alongside the Amilcar Cabral submarine cable project (CPV, GMB, GIN, GNB, LBR, SLE)':
		'programme numérique régional successeur, cité avec le projet de câble sous-marin Amilcar Cabral (Cap-Vert, Gambie, Guinée, Guinée-Bissau, Liberia, Sierra Leone)',
	// projects.notes
	'start year = first PAD (Dec 2010)': 'année de début : celle du premier document d’évaluation du projet (déc. 2010)',
	'board approval date not verified (PAD dated 2010-12-22); project ID taken from ICR file name P116273':
		'date d’approbation par le conseil non vérifiée (document d’évaluation daté du 22/12/2010) ; identifiant du projet tiré du nom du fichier du rapport d’achèvement, P116273',
	'closing date is the one in the 2019 restructuring paper': 'la date de clôture est celle du document de restructuration de 2019',
	'end = closing date in 2017 restructuring; Togo-specific extension per Togo ministry':
		'fin : date de clôture de la restructuration de 2017 ; prolongation propre au Togo selon le ministère togolais',
	'board approval date and current status not verified': 'date d’approbation par le conseil et statut actuel non vérifiés',
	'funder and budget not found; whether the March 2017 target was met not verified (operational launch reported July 2018)':
		'bailleur et budget introuvables ; atteinte de l’objectif de mars 2017 non vérifiée (lancement opérationnel signalé en juillet 2018)',
	'start year not found': 'année de début introuvable',
	'launch year of SADA not found': 'année de lancement de SADA introuvable',
	'champion country not identified; East-Africa pilot list given as examples ("etc.")':
		'pays champion non identifié ; liste des pilotes d’Afrique de l’Est donnée à titre d’exemple (« etc. »)',
	'champion country, scope and dates not found': 'pays champion, périmètre et dates introuvables',
	'3 of 8 founding signatories not identified': '3 des 8 signataires fondateurs non identifiés',
	'budget/funder not stated': 'budget et bailleur non indiqués',
	'company press release': 'communiqué de presse de l’entreprise',
	'validated mid-2015 per adakar; exact dates not verified': 'validé mi-2015 selon adakar ; dates exactes non vérifiées',
	'signature day not given': 'jour de signature non indiqué',
	'launch year conflict: World Bank says 2019 (Spring Meetings, April); BMZ page says 2018':
		'année de lancement contradictoire : 2019 selon la Banque mondiale (Réunions de printemps, avril) ; 2018 selon la page du BMZ',
	'full African country list not assembled': 'liste complète des pays africains non établie',
	'exact board date: PID estimated 2009-09-15, WB page dated 2009-09-24; closing/status not verified':
		'date exacte du conseil : 15/09/2009 selon l’estimation de la fiche d’information du projet, page de la Banque mondiale datée du 24/09/2009 ; clôture et statut non vérifiés',
	'project ID and per-country split not found': 'identifiant du projet et répartition par pays introuvables',
	'approval date and project ID not found': 'date d’approbation et identifiant du projet introuvables',
	'amounts, IDs and dates not verified': 'montants, identifiants et dates non vérifiés',
	// project_countries.note
	'23M grant + ~20M (EUR16.4M) additional credit': 'don de 23 M + crédit additionnel d’environ 20 M (16,4 M EUR)',
	[`carrier hotel; an article (${ALWIHDA_2017}) mentions WARCIP in Togo`]: `point d’échange neutre (carrier hotel) ; un article (${ALWIHDA_2017_FR}) mentionne le WARCIP au Togo`,
	'AF approved 2021-05-21; project ID of AF not found': 'financement additionnel approuvé le 21/05/2021 ; son identifiant de projet est introuvable',
	// memberships.joined_note
	'member by about 2015': 'membre vers 2015 au plus tard',
	'between 2019-05 and 2019-12-04': 'entre mai 2019 et le 04/12/2019',
	'date welcomed': 'date de l’accueil officiel',
	announcement: 'annonce',
	// memberships.ratification
	'ratified (5th state, before 2023-04-26)': 'ratifié (5e État, avant le 26/04/2023)',
	'ratified (before 2023-04-26)': 'ratifié (avant le 26/04/2023)',
	'ratification law voted 2024-01-23': 'loi de ratification votée le 23/01/2024',
	'ratified by CNT 2023-03-06': 'ratifié par le CNT le 06/03/2023',
	// memberships.uncertain_reason
	'exact accession date not found': 'date exacte d’adhésion introuvable',
	'journaldutchad calls Chad a founding member, but it is not among the 7 Kigali signatories named elsewhere':
		'journaldutchad qualifie le Tchad de membre fondateur, mais il ne figure pas parmi les 7 signataires de Kigali cités ailleurs',
	'leads Smart Africa cybersecurity flagship': 'pilote le projet phare de Smart Africa sur la cybersécurité',
	'in 11-member list (Jan 2016); among first states to ratify the establishment agreement':
		'dans la liste des 11 membres (janv. 2016) ; parmi les premiers États à ratifier l’accord portant création de l’Alliance',
	'tic-guinee reports Benin "officially joined" via ratification law of 2024-01-23: this is ratification of the 2021 establishment agreement, not first accession | year inferred: joined between 2016-01 and 2017-01-31':
		'tic-guinee écrit que le Bénin a « officiellement adhéré » par la loi de ratification du 23/01/2024 : il s’agit de la ratification de l’accord de 2021 portant création de l’Alliance, pas de la première adhésion | année déduite : adhésion entre janvier 2016 et le 31/01/2017',
	'| year inferred: joined between 2016-01 and 2017-01-31': '| année déduite : adhésion entre janvier 2016 et le 31/01/2017',
	'listed by Kagame among 7 members joining after the May 2019 board (with ZWE, MAR, MRT); Morocco was 30th on 2019-12-04':
		'cité par Kagame parmi 7 membres entrés après le conseil de mai 2019 (avec le Zimbabwe, le Maroc et la Mauritanie) ; le Maroc a été le 30e, le 04/12/2019',
	'exact date not in sources read': 'date exacte absente des sources consultées',
	'accession date not found': 'date d’adhésion introuvable',
	'no accession announcement found; membership inferred from attendance of member-only organs. Count arithmetic (17 in Jan 2017, 18 before May 2017, 24 at May 2019, 31 at Dec 2020) implies these joined 2017-2019, but one of the four may have joined later':
		'aucune annonce d’adhésion trouvée ; adhésion déduite de la participation à des organes réservés aux membres. Le décompte (17 en janv. 2017, 18 avant mai 2017, 24 en mai 2019, 31 en déc. 2020) implique une adhésion de ces pays entre 2017 et 2019, mais l’un des quatre a pu adhérer plus tard',
	'membership inferred only; needed to make counts reach 36 (Apr 2023) and 39 (Jul 2023)':
		'adhésion seulement déduite ; nécessaire pour que le décompte atteigne 36 (avr. 2023) et 39 (juil. 2023)',
	'if completed, likely the 38th member (between Eswatini 37th Apr 2023 and Gambia 39th Jul 2023) - unverified':
		'si elle est achevée, probablement le 38e membre (entre l’Eswatini, 37e en avr. 2023, et la Gambie, 39e en juil. 2023) – non vérifié',
	// memberships.evidence
	'one of 7 heads of state adopting the Smart Africa Manifesto': 'l’un des 7 chefs d’État ayant adopté le Manifeste Smart Africa',
	'led a priority (green economy) at first board meeting, Malabo 2014-06-27; in 9- and 11-member lists':
		'a porté une priorité (économie verte) au premier conseil d’administration, Malabo, 27/06/2014 ; dans les listes de 9 et de 11 membres',
	'in 9-member list (c.2015) and 11-member list (Jan 2016)': 'dans la liste des 9 membres (vers 2015) et celle des 11 membres (janv. 2016)',
	'in 11-member list reported around the Jan 2016 Addis high-level meeting': 'dans la liste des 11 membres publiée autour de la réunion de haut niveau d’Addis-Abeba de janv. 2016',
	'named among 6 entrants since Jan 2016 (total 17) at board meeting 2017-01-31':
		'cité parmi les 6 entrants depuis janv. 2016 (17 au total) au conseil d’administration du 31/01/2017',
	'joined during 3rd Transform Africa Summit, Kigali 10-12 May 2017 (18 -> 22 members)':
		'adhésion lors du 3e sommet Transform Africa, Kigali, 10-12 mai 2017 (de 18 à 22 membres)',
	'announced as 26th member at India-Africa ICT Expo, Kigali': 'annoncé comme 26e membre à l’India-Africa ICT Expo, Kigali',
	'accession ceremony in Rabat; DG Kone: 30 members': 'cérémonie d’adhésion à Rabat ; selon le directeur général Koné : 30 membres',
	'welcomed as 31st member at 9th board meeting': 'accueilli comme 31e membre au 9e conseil d’administration',
	'announced as 32nd member; attended 15th steering committee 2021-07-15': 'annoncé comme 32e membre ; présent au 15e comité de pilotage le 15/07/2021',
	'Smart Africa tweet of 27 Feb 2023 reported: 35th member': 'tweet de Smart Africa du 27 févr. 2023, tel que rapporté : 35e membre',
	'became 37th member at 6th Transform Africa Summit, Victoria Falls (26-28 Apr 2023)':
		'devenu 37e membre au 6e sommet Transform Africa, Victoria Falls (26-28 avr. 2023)',
	'announced as 39th member on 12 July (2023); in process in Apr 2023': 'annoncé comme 39e membre le 12 juillet (2023) ; adhésion en cours en avr. 2023',
	'President Chakwera at TAS 2023 said Malawi had joined': 'le président Chakwera a déclaré au TAS 2023 que le Malawi avait adhéré',
	'head of state attended 9th board 2020-12-07; minister at CMICT May 2021': 'chef de l’État présent au 9e conseil d’administration le 07/12/2020 ; ministre au CMICT en mai 2021',
	'head of state attended 9th board 2020-12-07': 'chef de l’État présent au 9e conseil d’administration le 07/12/2020',
	'head of state at 9th board 2020-12-07; minister at 14th steering committee 2020-08-26':
		'chef de l’État au 9e conseil d’administration le 07/12/2020 ; ministre au 14e comité de pilotage le 26/08/2020',
	'minister at 14th SC (2020) and CMICT (2021, deputy chair); champions cross-border payments blueprint; SADA launched in Ghana; Ghana president at Jan 2016 high-level meeting':
		'ministre au 14e comité de pilotage (2020) et au CMICT (2021, vice-présidence) ; porte le plan directeur des paiements transfrontaliers ; SADA lancée au Ghana ; le président ghanéen présent à la réunion de haut niveau de janv. 2016',
	'one of 10 countries of the Smart Africa/AfDB IDECT project (2023); no accession report found':
		'l’un des 10 pays du projet IDECT de Smart Africa et de la BAD (2023) ; aucune annonce d’adhésion trouvée',
	'reported "closing the process to join" at TAS Apr 2023; no completion report found':
		'a déclaré « finaliser le processus d’adhésion » au TAS d’avr. 2023 ; aucune annonce d’achèvement trouvée',
	// memberships.note
	'Manifesto adopted at Transform Africa Summit, Kigali, 28-31 Oct 2013 (ITU/smartrwandadays give 29 Oct; rwandaexpress implies 30 Oct) - month precision used':
		'Manifeste adopté au sommet Transform Africa, Kigali, 28-31 oct. 2013 (l’UIT et smartrwandadays donnent le 29 oct. ; rwandaexpress laisse entendre le 30 oct.) – date retenue au mois près',
	[`${ALWIHDA_2017}: joined Nov 2016; interested in Smart Energy and blue-economy projects`]:
		`${ALWIHDA_2017_FR} : adhésion en nov. 2016 ; intéressé par les projets Smart Energy et d’économie bleue`,
	'actual accession may precede the board meeting': 'l’adhésion effective peut être antérieure au conseil d’administration'
};

/** The French of a shown text (null when it has none yet: the data build then names the row). */
export const factFr = (english: string | null): string | null => (english === null ? null : (FACTS_FR[english] ?? null));
