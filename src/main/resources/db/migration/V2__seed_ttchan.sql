-- Seed data: the Europe for Citizens town-twinning project TTChan and its meeting in Daugavpils,
-- 8-12 November 2018. Facts only from the sources (see DOMAIN.md): Daugavpils City Council's
-- announcement and report (Latvian) and the Raška municipality's project page. Where the sources
-- are silent a column stays NULL. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
-- search_text and sort_name stay NULL: the application derives them at start-up.

-- The project (the network)
INSERT INTO network (id, acronym, name, programme, strand, measure, aim, grant_number, period_start, period_end,
                     total_participants, call_figures, links, updated_at)
VALUES (1, 'TTChan',
        '{"en":"Town Twinning as a Channel of European Solidarity","lv":"Pašvaldību sadarbība kā Eiropas solidaritātes kanāls"}',
        '{"en":"Europe for Citizens","lv":"Eiropa pilsoņiem"}',
        '{"en":"Strand 2: Democratic engagement and civic participation","lv":"2. darbība: Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība"}',
        '{"en":"Measure 2.1: Town Twinning","lv":"2.1. apakšpasākums: Pašvaldību sadraudzība"}',
        '{"en":"To strengthen town twinning through democratic engagement and civic participation, based on participation, understanding, solidarity and intercultural synergy for a better European future.","lv":"Stiprināt pilsētu sadraudzību, izmantojot demokrātisku iesaistīšanos un pilsonisko līdzdalību, kuras pamatā ir dalība, izpratne, solidaritāte un starpkultūru sinerģija labākas Eiropas nākotnes labā."}',
        '601592-CITIZ-1-2018-1-LV-CITIZ-TT', DATE '2018-11-08', DATE '2018-11-12', 159,
        '{"callDate":"2018-03-01","projectsSubmitted":382,"projectsFunded":137,"byCountry":[{"country":"LV","projectsSubmitted":3,"projectsFunded":3,"fundedApplicants":["Tukums municipality","Daugavpils city","Aizkraukle municipality"]}]}',
        '[{"title":{"en":"Daugavpils City Council: implemented projects","lv":"Daugavpils pilsētas dome: īstenotie projekti"},"url":"https://www.daugavpils.lv/pilseta/pilsetas-attistiba/projekti/istenotie-projekti/2014-2020-gada-planosanas-periods/"},{"title":{"en":"TTChan on Facebook","lv":"Projekta TTChan Facebook lapa"},"url":"https://www.facebook.com/ttchandaugavpils/"},{"title":{"en":"Raška municipality: the TTChan project","lv":"Raškas pašvaldība: projekts TTChan"},"url":"https://www.raska.org.rs/index.php/2015-01-03-21-30-32/item/976-the-project-town-twinning-as-a-channel-of-european-solidarity-ttchan"}]',
        CURRENT_TIMESTAMP);

-- Partners: the localities of the Daugavpils meeting (participants per the Raška municipality's page).
-- Role and participants stay NULL for the Lithuanian and Polish cities: the sources give one count per
-- country and do not say which city was the formal partner.
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('daugavpils', 'LV', 'LEAD', 'CITY', '{"en":"Daugavpils","lv":"Daugavpils"}', 'Daugavpils',
        '{"en":"Lead partner of the TTChan project (Daugavpils City Council) and host of its international meeting in Daugavpils on 8–12 November 2018. On 9 November 2018 it concluded a Memorandum of Cooperation with Raška (Serbia).","lv":"Projekta TTChan vadošais partneris (Daugavpils pilsētas dome), kas no 2018. gada 8. līdz 12. novembrim organizēja projekta starptautisko tikšanos Daugavpilī. 2018. gada 9. novembrī noslēdza Memorandu par sadarbību ar Raškas pilsētu Serbijā."}',
        55.8750, 26.5356, 'https://www.daugavpils.lv', 102, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('raska', 'RS', 'PARTNER', 'CITY', '{"en":"Raška","sr":"Рашка"}', 'Рашка',
        '{"en":"Project partner from Serbia. On 9 November 2018, the opening day of the TTChan meeting, it concluded a Memorandum of Cooperation with the city of Daugavpils at the Daugavpils City Council.","lv":"Projekta partneris no Serbijas. 2018. gada 9. novembrī, projekta TTChan tikšanās atklāšanas dienā, Raškas pilsēta Daugavpils pilsētas domē noslēdza Memorandu par sadarbību ar Daugavpils pilsētu."}',
        43.2856, 20.6092, 'https://www.raska.org.rs', 6, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('panevezys', 'LT', NULL, 'CITY', '{"en":"Panevėžys","lt":"Panevėžys"}', 'Panevėžys',
        '{"en":"One of three Lithuanian cities (Panevėžys, Utena, Vilnius) whose 15 participants together took part in the TTChan meeting in Daugavpils in November 2018; which of them was the formal project partner is not stated.","lv":"Viena no trim Lietuvas pilsētām (Panevēža, Utena, Viļņa), no kurām kopā 15 dalībnieki piedalījās projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī; kura no tām bija formālais projekta partneris, nav norādīts."}',
        55.7333, 24.3500, 'https://panevezys.lt', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('utena', 'LT', NULL, 'CITY', '{"en":"Utena","lt":"Utena"}', 'Utena',
        '{"en":"One of three Lithuanian cities (Panevėžys, Utena, Vilnius) whose 15 participants together took part in the TTChan meeting in Daugavpils in November 2018; which of them was the formal project partner is not stated.","lv":"Viena no trim Lietuvas pilsētām (Panevēža, Utena, Viļņa), no kurām kopā 15 dalībnieki piedalījās projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī; kura no tām bija formālais projekta partneris, nav norādīts."}',
        55.5000, 25.6000, 'https://www.utena.lt', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('vilnius', 'LT', NULL, 'CITY', '{"en":"Vilnius","lt":"Vilnius"}', 'Vilnius',
        '{"en":"One of three Lithuanian cities (Panevėžys, Utena, Vilnius) whose 15 participants together took part in the TTChan meeting in Daugavpils in November 2018; which of them was the formal project partner is not stated.","lv":"Viena no trim Lietuvas pilsētām (Panevēža, Utena, Viļņa), no kurām kopā 15 dalībnieki piedalījās projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī; kura no tām bija formālais projekta partneris, nav norādīts."}',
        54.6872, 25.2797, 'https://vilnius.lt', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('lodz', 'PL', NULL, 'CITY', '{"en":"Łódź","pl":"Łódź"}', 'Łódź',
        '{"en":"One of three Polish cities (Łódź, Warsaw, Kraków) whose 16 participants together took part in the TTChan meeting in Daugavpils in November 2018; which of them was the formal project partner is not stated.","lv":"Viena no trim Polijas pilsētām (Lodza, Varšava, Krakova), no kurām kopā 16 dalībnieki piedalījās projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī; kura no tām bija formālais projekta partneris, nav norādīts."}',
        51.7767, 19.4547, 'https://uml.lodz.pl', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('warsaw', 'PL', NULL, 'CITY', '{"en":"Warsaw","pl":"Warszawa"}', 'Warszawa',
        '{"en":"One of three Polish cities (Łódź, Warsaw, Kraków) whose 16 participants together took part in the TTChan meeting in Daugavpils in November 2018; which of them was the formal project partner is not stated.","lv":"Viena no trim Polijas pilsētām (Lodza, Varšava, Krakova), no kurām kopā 16 dalībnieki piedalījās projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī; kura no tām bija formālais projekta partneris, nav norādīts."}',
        52.2297, 21.0122, 'https://um.warszawa.pl', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('krakow', 'PL', NULL, 'CITY', '{"en":"Kraków","pl":"Kraków"}', 'Kraków',
        '{"en":"One of three Polish cities (Łódź, Warsaw, Kraków) whose 16 participants together took part in the TTChan meeting in Daugavpils in November 2018; which of them was the formal project partner is not stated.","lv":"Viena no trim Polijas pilsētām (Lodza, Varšava, Krakova), no kurām kopā 16 dalībnieki piedalījās projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī; kura no tām bija formālais projekta partneris, nav norādīts."}',
        50.0614, 19.9372, 'https://www.krakow.pl', NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('anhalt-bitterfeld', 'DE', 'PARTNER', 'DISTRICT', '{"en":"Anhalt-Bitterfeld District","de":"Landkreis Anhalt-Bitterfeld"}', 'Landkreis Anhalt-Bitterfeld',
        '{"en":"Project partner from Germany: a district (Landkreis), not a city. 2 participants from Anhalt-Bitterfeld took part in the TTChan meeting in Daugavpils in November 2018.","lv":"Projekta partneris no Vācijas: apriņķis (Landkreis), nevis pilsēta. Projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī piedalījās 2 dalībnieki no Anhalt-Bitterfeld apriņķa."}',
        NULL, NULL, 'https://www.anhalt-bitterfeld.de', 2, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('vanersborg', 'SE', 'PARTNER', 'CITY', '{"en":"Vänersborg","sv":"Vänersborg"}', 'Vänersborg',
        '{"en":"Project partner from Sweden. 4 participants from Vänersborg took part in the TTChan meeting in Daugavpils in November 2018.","lv":"Projekta partneris no Zviedrijas. Projekta TTChan tikšanās reizē Daugavpilī 2018. gada novembrī piedalījās 4 dalībnieki no Venersborgas."}',
        58.3806, 12.3250, 'https://www.vanersborg.se', 4, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO partner (slug, country_code, partner_role, kind, name, local_name, description, latitude, longitude,
                     website, participants, created_at, updated_at)
VALUES ('san-benedetto-del-tronto', 'IT', 'VISITING', 'CITY', '{"en":"San Benedetto del Tronto","it":"San Benedetto del Tronto"}', 'San Benedetto del Tronto',
        '{"en":"Cooperation partner from Italy that visited Daugavpils within the TTChan project. 6 participants from San Benedetto del Tronto took part in the meeting in November 2018.","lv":"Sadarbības partneris no Itālijas, kas projekta TTChan ietvaros apmeklēja Daugavpili. Tikšanās reizē 2018. gada novembrī piedalījās 6 dalībnieki no San Benedetto del Tronto."}',
        42.9500, 13.8833, 'https://www.comunesbt.it', 6, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- The event: the international meeting in Daugavpils
INSERT INTO event (title, description, event_type, start_date, end_date, venue, host_id, total_participants,
                   created_at, updated_at)
VALUES ('{"en":"TTChan international meeting in Daugavpils","lv":"TTChan starptautiskā tikšanās Daugavpilī"}',
        '{"en":"International meeting of the TTChan project partners, organised by Daugavpils City Council as lead partner. All partners were invited to Daugavpils to get to know the local culture, share experience, prepare together to celebrate the Latvian Centenary, and visit the sights of Daugavpils and the Latgale region.","lv":"Daugavpils pilsētas dome kā vadošais partneris no 8. līdz 12. novembrim organizēja projekta TTChan starptautisko tikšanos. Visi partneri tika aicināti uz Daugavpili, lai iepazītu vietējo kultūru, dalītos pieredzē, kopā gatavotos svinēt Latvijas simtgadi, apmeklētu Daugavpils un Latgales reģiona apskates vietas un objektus."}',
        'MEETING', DATE '2018-11-08', DATE '2018-11-12',
        '{"en":"Daugavpils, Latvia","lv":"Daugavpils, Latvija"}',
        (SELECT id FROM partner WHERE slug = 'daugavpils'), 159, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

-- Delegations: participants per country (Raška municipality's page). Single participants also came from
-- PT, the UK (GB), BE, ES, FR, CZ, BG (Sofia), KZ, BY and TR: no partner, count left NULL.
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 1, 'LV', 102 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 2, 'RS', 6 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 3, 'LT', 15 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 4, 'PL', 16 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 5, 'DE', 2 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 6, 'SE', 4 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 7, 'IT', 6 FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 8, 'PT', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 9, 'GB', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 10, 'BE', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 11, 'ES', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 12, 'FR', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 13, 'CZ', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 14, 'BG', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 15, 'KZ', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 16, 'BY', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO delegation (event_id, sort_order, country_code, participants)
SELECT e.id, 17, 'TR', NULL FROM event e WHERE e.start_date = DATE '2018-11-08';

-- The partners each delegation came from
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 1 AND p.slug IN ('daugavpils');
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 2 AND p.slug IN ('raska');
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 3 AND p.slug IN ('panevezys', 'utena', 'vilnius');
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 4 AND p.slug IN ('lodz', 'warsaw', 'krakow');
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 5 AND p.slug IN ('anhalt-bitterfeld');
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 6 AND p.slug IN ('vanersborg');
INSERT INTO delegation_partner (delegation_id, partner_id)
SELECT d.id, p.id FROM delegation d JOIN event e ON e.id = d.event_id CROSS JOIN partner p
WHERE e.start_date = DATE '2018-11-08' AND d.sort_order = 7 AND p.slug IN ('san-benedetto-del-tronto');

-- Programme: five days; the sources give no times, so start_time stays NULL.
INSERT INTO programme_day (event_id, day_date, title)
SELECT e.id, DATE '2018-11-08', '{"en":"Arrival in Riga","lv":"Ierašanās Rīgā"}' FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO programme_day (event_id, day_date, title)
SELECT e.id, DATE '2018-11-09', '{"en":"Opening day","lv":"Projekta atklāšanas diena"}' FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO programme_day (event_id, day_date, title)
SELECT e.id, DATE '2018-11-10', '{"en":"Latgale region","lv":"Latgales reģions"}' FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO programme_day (event_id, day_date, title)
SELECT e.id, DATE '2018-11-11', '{"en":"Saules skola and Lāčplēsis Day","lv":"“Saules skola” un Lāčplēša diena"}' FROM event e WHERE e.start_date = DATE '2018-11-08';
INSERT INTO programme_day (event_id, day_date, title)
SELECT e.id, DATE '2018-11-12', '{"en":"Evaluation","lv":"Izvērtēšana"}' FROM event e WHERE e.start_date = DATE '2018-11-08';

-- 2018-11-08: Arrival in Riga
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 1,
       '{"en":"Arrival in Riga and the Old Town","lv":"Ierašanās Rīgā un vecpilsētas apskate"}',
       '{"en":"Riga","lv":"Rīga"}',
       '{"en":"The project partners arrived in Riga, where they had the chance to see the Old Town.","lv":"Projekta partneri ieradās Rīgā, kur tiem bija iespēja apskatīt vecpilsētu."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-08';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 2,
       '{"en":"Facts about Daugavpils and Latvia","lv":"Fakti par Daugavpili un Latviju"}',
       NULL,
       '{"en":"Representatives of Daugavpils City Council presented facts about Daugavpils and Latvia as a whole.","lv":"Daugavpils pilsētas domes pārstāvji iepazīstināja visus ar faktiem par Daugavpili un Latviju kopumā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-08';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 3,
       '{"en":"A few words of Latvian","lv":"Daži vārdi latviešu valodā"}',
       NULL,
       '{"en":"The participants had the chance to learn a few words of Latvian.","lv":"Bija iespēja iemācīties arī dažus vārdus latviešu valodā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-08';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 4,
       '{"en":"Organisational details of the TTChan project","lv":"Projekta TTChan organizatoriskās nianses"}',
       NULL,
       '{"en":"The organisational details of implementing the TTChan project were discussed briefly.","lv":"Īsumā tika izrunātas organizatoriskās nianses projekta TTChan īstenošanai."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-08';

-- 2018-11-09: Opening day
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 1,
       '{"en":"Official meeting at the Daugavpils City Council","lv":"Oficiālā tikšanās Daugavpils pilsētas domē"}',
       '{"en":"Daugavpils City Council","lv":"Daugavpils pilsētas dome"}',
       '{"en":"The opening day began with an official meeting: Daugavpils was presented, and the partners presented their cities and countries.","lv":"Projekta atklāšanas diena sākās ar oficiālu tikšanos, kur tika izklāstīta Daugavpils prezentācija, partneri prezentēja savas pilsētas un valstis."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 2,
       '{"en":"Raška and Daugavpils sign a Memorandum of Cooperation","lv":"Raška un Daugavpils noslēdz Memorandu par sadarbību"}',
       '{"en":"Daugavpils City Council","lv":"Daugavpils pilsētas dome"}',
       '{"en":"The town of Raška in Serbia concluded a Memorandum of Cooperation with the city of Daugavpils in Latvia.","lv":"Raškas pilsēta Serbijā noslēdza Memorandu par sadarbību ar Daugavpils pilsētu Latvijā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 3,
       '{"en":"The TTChan project: idea, activities and planned results","lv":"Projekta TTChan ideja, aktivitātes un plānotie rezultāti"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"The project partners and all interested local residents of Daugavpils and Latgale could learn about the idea, activities and planned results of the TTChan project.","lv":"Projekta partneri un visi ieinteresētie Daugavpils un Latgales vietējie iedzīvotāji varēja iepazīties ar projekta TTChan ideju, aktivitātēm un plānotajiem rezultātiem."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 4,
       '{"en":"Partners'' good-practice examples","lv":"Partneru labās prakses piemēri"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"Each partner shared its good-practice examples of how it fosters solidarity and intercultural synergy in its city and country.","lv":"Katrs partneris dalījās ar saviem labās prakses piemēriem par to, kā viņi savās pilsētās un valstīs veicina solidaritāti un starpkultūru sinerģiju."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 5,
       '{"en":"Express interviews for the project''s Facebook page","lv":"Express-intervijas projekta Facebook lapai"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"All project partners gave express interviews, to be shown on the project''s Facebook page.","lv":"Visi projekta partneri sniedza express-intervijas, kuras būs redzamas projekta Facebook lapā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 6,
       '{"en":"The Latvian Centenary","lv":"Latvijas simtgades būtība"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"A representative of the Ministry of Culture presented the essence of the Latvian Centenary.","lv":"Visi tika iepazīstināti ar Latvijas simtgades būtību, ko prezentēja Kultūras ministrijas pārstāvis."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 7,
       '{"en":"Lecture “Daugavpils democratic engagement and civic participation in European context”","lv":"Lekcija “Daugavpils democratic engagement and civic participation in European context”"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"Given by a lecturer of Daugavpils University.","lv":"Daugavpils Universitātes pasniedzēja vadībā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 8,
       '{"en":"Debates on the future of Europe and on euroscepticism","lv":"Debates par Eiropas nākotni un diskusija par eiroskepticismu"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"All participants took an active part in debates on the future of Europe and in a discussion on the understanding of euroscepticism.","lv":"Visi dalībnieki aktīvi iesaistījās debatēs par Eiropas nākotni un diskusijā par eiroskepticisma izpratni."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 9,
       '{"en":"Group work","lv":"Darbs grupās"}',
       '{"en":"Daugavpils University","lv":"Daugavpils Universitāte"}',
       '{"en":"The session ended with group work, in which the participants shared their views on the future of Europe and their attitude to euroscepticism, and on how to promote their own city''s or country''s theme.","lv":"Sesija noslēdzās ar darbu grupās, kura ietvaros dalībniekiem bija iespēja dalīties savā redzējumā par Eiropas nākotni, attieksmi pret eiroskepticismu, kā arī kā veicināt savas pilsētas vai valsts tēmu."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 10,
       '{"en":"Folding red-white-red ribbons","lv":"Sarkanbaltsarkano lentīšu locīšanas akcija"}',
       '{"en":"Daugavpils Local History and Art Museum","lv":"Daugavpils Novadpētniecības un mākslas muzejs"}',
       '{"en":"In the afternoon everyone could take part in folding red-white-red ribbons.","lv":"Pēcpusdienā visi varēja piedalīties sarkanbaltsarkano lentīšu locīšanas akcijā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 11,
       '{"en":"Daugavpils Fortress and the Daugavpils Mark Rothko Art Centre","lv":"Daugavpils cietoksnis un Daugavpils Marka Rotko mākslas centrs"}',
       '{"en":"Daugavpils Fortress; Daugavpils Mark Rothko Art Centre","lv":"Daugavpils cietoksnis; Daugavpils Marka Rotko mākslas centrs"}',
       '{"en":"In the evening the international partners visited Daugavpils Fortress and the Daugavpils Mark Rothko Art Centre.","lv":"Vakarā starptautiskie partneri apmeklēja Daugavpils cietoksni un Daugavpils Marka Rotko mākslas centru."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 12,
       '{"en":"Dinner of intercultural presentations","lv":"Vakariņas ar starpkultūru prezentācijām"}',
       NULL,
       '{"en":"Daugavpils was presented with Latvian and Latgalian songs and dances. The project partners presented their cities and countries in various ways: showing their national costumes, dances and songs, telling stories and introducing their national music.","lv":"Daugavpils tika prezentēta ar latviešu un latgaliešu dziesmām un dejām. Projekta partneri prezentēja savas pilsētas un valstis dažādos veidos – izrādot savus nacionālos tērpus, dejas, dziesmas, stāstot stāstus un iepazīstinot ar nacionālo mūziku."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-09';

-- 2018-11-10: Latgale region
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 1,
       '{"en":"Naujene hillfort and Dinaburg castle ruins","lv":"Naujenes pilskalns un Dinaburgas pilsdrupas"}',
       '{"en":"Naujene hillfort and Dinaburg castle ruins","lv":"Naujenes pilskalns un Dinaburgas pilsdrupas"}',
       '{"en":"On the third day everyone could get to know the traditions, places and sites of the Latgale region: its tourist sites, history, culture, traditions, culinary heritage and local people who are proud to be Latvians and Latgalians.","lv":"Trešajā projekta īstenošanas dienā visiem bija iespēja iepazīties ar Latgales tradīcijām, vietām, objektiem. Kopumā visi iepazinās ar Latgales tūrisma objektiem, vēsturi, kultūru, tradīcijām, kulināro mantojumu, vietējiem cilvēkiem, kas lepojas par to, ka ir latvieši un latgalieši."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-10';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 2,
       '{"en":"Vasargelišķi viewing tower","lv":"Vasargelišķu skatu tornis"}',
       '{"en":"Vasargelišķi viewing tower","lv":"Vasargelišķu skatu tornis"}',
       NULL
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-10';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 3,
       '{"en":"Krāslava town and castle","lv":"Krāslavas pilsēta un pils"}',
       '{"en":"Krāslava","lv":"Krāslava"}',
       NULL
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-10';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 4,
       '{"en":"Aglona Basilica","lv":"Aglonas bazilika"}',
       '{"en":"Aglona Basilica","lv":"Aglonas bazilika"}',
       NULL
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-10';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 5,
       '{"en":"Aglona Bread Museum","lv":"Aglonas maizes muzejs"}',
       '{"en":"Aglona Bread Museum","lv":"Aglonas maizes muzejs"}',
       NULL
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-10';

-- 2018-11-11: Saules skola and Lāčplēsis Day
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 1,
       '{"en":"Daugavpils Design and Art School “Saules skola”","lv":"Daugavpils Dizaina un mākslas skola “Saules skola”"}',
       '{"en":"Daugavpils Design and Art School “Saules skola”","lv":"Daugavpils Dizaina un mākslas skola “Saules skola”"}',
       '{"en":"The project participants had the chance to get to know the school.","lv":"Projekta dalībniekiem bija iespēja iepazīties ar Daugavpils Dizaina un mākslas skolu “Saules skola”."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-11';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 2,
       '{"en":"The role of the Europe for Citizens programme","lv":"Programmas “Eiropa pilsoņiem” nozīme"}',
       NULL,
       '{"en":"Everyone shared reflections on the importance of the Europe for Citizens programme in promoting town twinning and cooperation.","lv":"Visi kopā aktīvi dalījās pārdomās par programmas “Eiropa pilsoņiem” nozīmi pilsētu sadraudzības un sadarbības veicināšanā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-11';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 3,
       '{"en":"National working groups: each city''s offer","lv":"Nacionālās darba grupas: katras pilsētas piedāvājums"}',
       NULL,
       '{"en":"Working in national groups, the participants drew up a special offer: which events can be attended, what can be seen and what each city is proudest of. The summary of this work will be completed and published on all partners'' websites and on the project''s Facebook page.","lv":"Darbojoties nacionālajās darba grupās, dalībnieki izstrādāja īpašu piedāvājumu – kādus pasākumus var apmeklēt, ko var apskatīties un ar ko katra pilsēta visvairāk lepojas. Kopsavilkums no šīs darba grupas tiks papildināts un publicēts visu partneru mājaslapās, kā arī projekta Facebook lapā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-11';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 4,
       '{"en":"Latvian history from its founding to the present day","lv":"Latvijas vēsture no tās dibināšanas līdz mūsdienām"}',
       NULL,
       '{"en":"To close the day''s sessions, the participants learnt about the history of Latvia from its founding to the present day.","lv":"Noslēgumā bija iespēja iepazīties ar Latvijas vēsturi no tās dibināšanas līdz mūsdienām."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-11';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 5,
       '{"en":"Torchlight procession for Lāčplēsis Day","lv":"Lāpu gājiens Lāčplēša dienai par godu"}',
       '{"en":"Daugavpils","lv":"Daugavpils"}',
       '{"en":"The evening event was the central, patriotic event of the whole project: a torchlight procession in honour of Lāčplēsis Day (11 November). In recent years the procession has become one of the most beautiful traditions in Daugavpils, uniting several thousand participants. November is the month of patriots in Latvia, as Latvia''s birthday is celebrated on 18 November. The partners said they felt like locals.","lv":"Vakara pasākums bija centrālais, patriotiskais notikums visa projekta ietvaros – lāpu gājiens Lāčplēša dienai par godu. Lāpu gājiens pēdējos gados ir kļuvis par vienu no skaistākajām tradīcijām, jo tajā vienojas vairāki tūkstoši dalībnieku. Novembris ir patriotu mēnesis Latvijā, jo 18. novembrī tiek svinēta Latvijas dzimšanas diena. Partneri atzina, ka viņi jutās kā vietējie."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-11';

-- 2018-11-12: Evaluation
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 1,
       '{"en":"Experience gained and new partners","lv":"Iegūtā pieredze un jaunie partneri"}',
       NULL,
       '{"en":"Everyone spoke about what they had experienced, the experience and new knowledge gained, new potential cooperation partners and the fields in which cooperation will follow.","lv":"Visi vēlējās izteikties par piedzīvoto, par iegūto pieredzi, par jaunajām zināšanām, par jaunajiem potenciālajiem sadarbības partneriem un jomām, kurās sekos sadarbība."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-12';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 2,
       '{"en":"Evaluation of the project","lv":"Projekta izvērtēšana"}',
       NULL,
       '{"en":"The project''s strengths were evaluated, as well as the points that could be improved in future cooperation projects.","lv":"Tika izvērtētas projekta stiprās puses un nianses, kuras varētu uzlabot nākamajos sadarbības projektos."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-12';
INSERT INTO programme_item (day_id, sort_order, title, place, description)
SELECT d.id, 3,
       '{"en":"Directions for future cooperation","lv":"Nākotnes sadarbības virzieni"}',
       NULL,
       '{"en":"Directions in which the same partners could cooperate in the future were discussed.","lv":"Tika apspriesti virzieni, kuros varētu sadarboties nākotnē šo pašu partneru sastāvā."}'
FROM programme_day d JOIN event e ON e.id = d.event_id
WHERE e.start_date = DATE '2018-11-08' AND d.day_date = DATE '2018-11-12';

-- The memorandum Raška and Daugavpils concluded on the opening day (the sources name no areas)
INSERT INTO memorandum (title, description, signed_on, signed_place, status, event_id, created_at, updated_at)
VALUES ('{"en":"Memorandum of Cooperation between Raška and Daugavpils","lv":"Memorands par sadarbību starp Rašku un Daugavpili"}',
        '{"en":"Raška (Serbia) concluded a Memorandum of Cooperation with the city of Daugavpils (Latvia) on 9 November 2018, the opening day of the TTChan international meeting, at the official meeting in the Daugavpils City Council.","lv":"Raškas pilsēta Serbijā noslēdza Memorandu par sadarbību ar Daugavpils pilsētu Latvijā 2018. gada 9. novembrī, projekta TTChan starptautiskās tikšanās atklāšanas dienā, oficiālajā tikšanās reizē Daugavpils pilsētas domē."}',
        DATE '2018-11-09', '{"en":"Daugavpils City Council","lv":"Daugavpils pilsētas dome"}', 'SIGNED',
        (SELECT id FROM event WHERE start_date = DATE '2018-11-08'), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO memorandum_signatory (memorandum_id, partner_id)
SELECT m.id, p.id FROM memorandum m CROSS JOIN partner p
WHERE m.signed_on = DATE '2018-11-09' AND p.slug IN ('raska', 'daugavpils');

-- Good practice: each partner shared examples of fostering solidarity and intercultural synergy on the
-- opening day. The sources name the theme, not the examples' contents: only that fact is seeded.
INSERT INTO good_practice (partner_id, event_id, title, summary, body, links, status, submitted_at, reviewed_at,
                           created_at, updated_at)
VALUES ((SELECT id FROM partner WHERE slug = 'daugavpils'), (SELECT id FROM event WHERE start_date = DATE '2018-11-08'),
        '{"en":"Fostering solidarity and intercultural synergy: examples from Daugavpils","lv":"Solidaritātes un starpkultūru sinerģijas veicināšana: Daugavpils piemēri"}',
        '{"en":"Daugavpils shared its good-practice examples of fostering solidarity and intercultural synergy at Daugavpils University on the opening day (9 November 2018) of the TTChan meeting in Daugavpils. The sources do not record the examples'' contents.","lv":"Daugavpils dalījās ar saviem labās prakses piemēriem par solidaritātes un starpkultūru sinerģijas veicināšanu Daugavpils Universitātē projekta TTChan tikšanās atklāšanas dienā (2018. gada 9. novembrī). Avotos piemēru saturs nav aprakstīts."}',
        NULL, NULL, 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2018-11-09 00:00:00+00', NULL,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO good_practice (partner_id, event_id, title, summary, body, links, status, submitted_at, reviewed_at,
                           created_at, updated_at)
VALUES ((SELECT id FROM partner WHERE slug = 'raska'), (SELECT id FROM event WHERE start_date = DATE '2018-11-08'),
        '{"en":"Fostering solidarity and intercultural synergy: examples from Raška","lv":"Solidaritātes un starpkultūru sinerģijas veicināšana: Raškas piemēri"}',
        '{"en":"Raška shared its good-practice examples of fostering solidarity and intercultural synergy at Daugavpils University on the opening day (9 November 2018) of the TTChan meeting in Daugavpils. The sources do not record the examples'' contents.","lv":"Raška dalījās ar saviem labās prakses piemēriem par solidaritātes un starpkultūru sinerģijas veicināšanu Daugavpils Universitātē projekta TTChan tikšanās atklāšanas dienā (2018. gada 9. novembrī). Avotos piemēru saturs nav aprakstīts."}',
        NULL, NULL, 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2018-11-09 00:00:00+00', NULL,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO good_practice (partner_id, event_id, title, summary, body, links, status, submitted_at, reviewed_at,
                           created_at, updated_at)
VALUES ((SELECT id FROM partner WHERE slug = 'anhalt-bitterfeld'), (SELECT id FROM event WHERE start_date = DATE '2018-11-08'),
        '{"en":"Fostering solidarity and intercultural synergy: examples from Anhalt-Bitterfeld District","lv":"Solidaritātes un starpkultūru sinerģijas veicināšana: Anhalt-Bitterfeld apriņķa piemēri"}',
        '{"en":"Anhalt-Bitterfeld District shared its good-practice examples of fostering solidarity and intercultural synergy at Daugavpils University on the opening day (9 November 2018) of the TTChan meeting in Daugavpils. The sources do not record the examples'' contents.","lv":"Anhalt-Bitterfeld apriņķis dalījās ar saviem labās prakses piemēriem par solidaritātes un starpkultūru sinerģijas veicināšanu Daugavpils Universitātē projekta TTChan tikšanās atklāšanas dienā (2018. gada 9. novembrī). Avotos piemēru saturs nav aprakstīts."}',
        NULL, NULL, 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2018-11-09 00:00:00+00', NULL,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO good_practice (partner_id, event_id, title, summary, body, links, status, submitted_at, reviewed_at,
                           created_at, updated_at)
VALUES ((SELECT id FROM partner WHERE slug = 'vanersborg'), (SELECT id FROM event WHERE start_date = DATE '2018-11-08'),
        '{"en":"Fostering solidarity and intercultural synergy: examples from Vänersborg","lv":"Solidaritātes un starpkultūru sinerģijas veicināšana: Venersborgas piemēri"}',
        '{"en":"Vänersborg shared its good-practice examples of fostering solidarity and intercultural synergy at Daugavpils University on the opening day (9 November 2018) of the TTChan meeting in Daugavpils. The sources do not record the examples'' contents.","lv":"Venersborga dalījās ar saviem labās prakses piemēriem par solidaritātes un starpkultūru sinerģijas veicināšanu Daugavpils Universitātē projekta TTChan tikšanās atklāšanas dienā (2018. gada 9. novembrī). Avotos piemēru saturs nav aprakstīts."}',
        NULL, NULL, 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2018-11-09 00:00:00+00', NULL,
        CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO good_practice_theme (good_practice_id, theme)
SELECT g.id, 'SOLIDARITY' FROM good_practice g JOIN partner p ON p.id = g.partner_id
WHERE p.slug IN ('daugavpils', 'raska', 'anhalt-bitterfeld', 'vanersborg');
