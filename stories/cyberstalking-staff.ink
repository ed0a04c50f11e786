# id: cyberstalking-staff
# title: Een schaduw zonder naam
# mode: staff
# topic: cyberstalking
# age: 12+
# minutes: 14
# summary: Iris wordt gevolgd door anonieme accounts. Ze denkt dat haar ex erachter zit, maar bewijs is er niet. Wat kun jij als vertrouwenspersoon doen, en wat niet?
# warning: Dit verhaal gaat over een leerling die online en in het echt wordt gevolgd en lastiggevallen.
# pair: cyberstalking-student

VAR vertrouwen = 0
VAR bewijs = false
VAR spoor = false
VAR uitgelekt = false
VAR beloofd = false
VAR nazorg = 0

Donderdagochtend, eerste uur. Er wordt geklopt. # scene: kamer-vp # sfx: deur
Iris uit 3 havo staat in de deuropening, met haar vriendin Hanna. Ze houdt haar telefoon stevig vast.
Ik weet niet of dit iets voor u is. Het is online. Maar ik durf bijna niet meer naar huis te fietsen. # speaker: iris
Ze vertelt met horten en stoten. Drie weken geleden maakte ze het uit met Koen uit 4 havo. Hij bleef appen, dus ze heeft hem geblokkeerd.
Sindsdien krijgt ze berichten van accounts zonder naam of foto. Ze weten welke jas ze draagt en waar ze is. Gisteren stond Koen na volleybal bij de fietsen.
Hij wist ook dat ik bij de Jumbo was. Mijn locatie stond nog voor hem aan, van toen we samen waren. # speaker: iris

+ [Je zegt: "Die locatie had je natuurlijk allang uit moeten zetten. Maar goed, dat weet je nu." #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Ook als je het niet zo bedoelt, klinkt dit als een verwijt. Wie gestalkt wordt, voelt zich vaak al schuldig. Neem eerst de klacht serieus; tips komen later. # feedback
+ [Je vraagt Iris of Hanna erbij mag blijven, en laat haar haar hele verhaal vertellen. Je zegt dat het goed is dat ze komt, en dat je snapt dat ze bang is. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je luistert, neemt de klacht serieus en erkent haar angst. Bij online klachten is er haast, maar eerst moet het hele verhaal op tafel. # feedback
  Wat goed dat je gekomen bent. Vertel maar, we hebben de tijd. # speaker: ik
+ [Je kijkt mee op haar scherm en zegt: "Eerst alles blokkeren. Dan zijn we er zo vanaf." #step: eerste-opvang #rating: matig]
  Blokkeren is een goed advies, maar nu te vroeg. Wie meteen met oplossingen komt, mist de rest van het verhaal, zoals wat er bij de sporthal gebeurde. # feedback
- -> wie

=== wie ===
Het is Koen. Wie anders? Kunt u niet gewoon tegen hem zeggen dat hij moet stoppen? # speaker: iris
Je kijkt naar de berichten. Vier accounts, geen naam, geen foto. Koen zelf heeft sinds het blokkeren niets meer gestuurd. # discuss: Iris weet bijna zeker dat het haar ex is. Mag een school handelen op een sterk vermoeden? Waar ligt de grens?

+ [Je laat Koen na het derde uur bij je komen. Als hij hoort dat de school ervan weet, stopt hij vast. #step: aangeklaagde #rating: fout]
  ~ uitgelekt = true
  Er is geen bewijs dat Koen achter de accounts zit. Hem zonder grond als dader aanspreken is oneerlijk. En is hij het wel, dan waarschuw je hem om zijn sporen te wissen. # feedback
  Koen ontkent alles en loopt boos weg. In de pauze weet heel 4 havo ervan.
+ [Je zegt eerlijk dat je zonder naam niets kunt doen. Weet ze wie het is, dan kan ze terugkomen. #step: aangeklaagde #rating: matig]
  ~ vertrouwen = vertrouwen - 1
  Klopt: tegen een onbekende kan geen klacht komen. Maar eerste opvang en tips kun je altijd geven, en opsporen kan met hulp van anderen. Stuur haar niet met lege handen weg. # feedback
  Iris kijkt naar de grond en staat op. Bij de deur bedenk je je en vraag je haar toch nog even te gaan zitten.
+ [Je vraagt wat ze zeker weet en wat ze vermoedt. Je legt uit dat er zonder bekende dader geen klacht tegen iemand kan komen, maar dat je haar wel helpt. #step: aangeklaagde #rating: goed]
  Goed. Je stelt vast dat de dader onbekend is. Dan blijft het bij eerste opvang en tips, maar dat is niet niks: Iris staat er niet alleen voor. # feedback
  Wat jij meemaakt, is echt. Alleen weten we nog niet wie erachter zit. Daarom beschuldigen we niemand, maar ik laat je niet alleen. # speaker: ik
- -> opsporen

=== opsporen ===
Maar hoe komen we er dan achter wie het is? # speaker: iris

+ [Je legt uit wie kan helpen zoeken: de politie via het platform, en de systeembeheerder als de accounts via de schoolwifi lopen. Je noemt Meldknop.nl en vraaghetdepolitie.nl. #step: dader-opsporen #rating: goed]
  ~ spoor = true
  Goed. Een onbekende dader kan soms worden opgespoord, maar dat doen politie, systeembeheerder of platform, niet jij. Op de websites kan Iris zelf lezen wat ze kan doen. # feedback
+ [Je vraagt Koens mentor om Koen en Stijn in de pauze hun Instagram te laten zien. Wie niets te verbergen heeft, vindt dat geen probleem. #step: dader-opsporen #rating: fout]
  ~ uitgelekt = true
  Eigen onderzoek via de telefoons van leerlingen hoort niet bij de school. Het schendt hun privacy, wijst ze aan als verdachte en waarschuwt een eventuele dader. # feedback
+ [Je belooft haar: "We gaan uitzoeken wie dit is. Dat beloof ik je." Dat heeft ze nu even nodig. #step: dader-opsporen #rating: fout]
  ~ beloofd = true
  Je wilt haar hoop geven. Maar of de dader gevonden wordt, hangt af van politie en platform; dat kun je niet beloven. Beloof wat je wel kunt: dat je naast haar blijft staan. # feedback
- -> rol

=== rol ===
En wat gaat u nu doen? # speaker: iris

+ [Je zegt: "Laat het verder maar aan mij over. Jij hoeft je nergens meer druk om te maken." #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Goed bedoeld, maar zo neem je de zaak van haar over. Iris weet niet wat je gaat doen en heeft geen regie meer. Spreek af wat jouw rol is en wat zij wil. # feedback
+ [Je zegt dat ze altijd mag binnenlopen als er iets is, en rondt het gesprek af. #step: rol-afspreken #rating: matig]
  Beschikbaar zijn is fijn, maar zo blijft je rol vaag. Spreek concreet af wat je doet en wanneer jullie elkaar weer zien, en noem de externe vertrouwenspersoon. # feedback
+ [Je spreekt af wat jij doet: helpen met een logboek, de afspraken op school regelen en meegaan naar gesprekken als ze dat wil. Je noemt ook de externe vertrouwenspersoon. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Jouw rol is helder en Iris houdt zelf de regie. Bij de externe vertrouwenspersoon kan ze ook terecht, buiten de school om. # feedback
- -> moeder

=== moeder ===
Aan het eind van de middag belt de moeder van Iris. Ze is boos en bang tegelijk. # sfx: trillen
Ik wil dat de school de telefoon van die jongen in beslag neemt. Anders ga ik vanavond zelf naar zijn ouders. # speaker: moeder-iris
{ uitgelekt:
    En Iris krijgt nu appjes van zijn vrienden dat ze een leugenaar is. Wat is hier aan de hand? # speaker: moeder-iris
}
Het is even stil aan de lijn. # discuss: Mag een school telefoons van leerlingen bekijken om een dader te vinden? En als ouders erom vragen?

+ [Je neemt haar zorg serieus en legt uit wat school wel en niet kan: geen telefoons doorzoeken, wel veiligheid regelen en met de politie overleggen. Je nodigt haar uit voor een gesprek samen met Iris. #step: dader-opsporen #rating: goed]
  ~ spoor = true
  Goed. Je erkent haar zorg en bent eerlijk over de grenzen van de school. Opsporen loopt via de politie, en daar kunnen Iris en haar ouders samen de stap naar zetten. # feedback
+ [Je zegt toe dat de teamleider Koen morgen vraagt zijn telefoon te laten zien. Dan is het snel duidelijk. #step: dader-opsporen #rating: fout]
  ~ uitgelekt = true
  Begrijpelijk dat je haar gerust wilt stellen. Maar school mag niet in de telefoon van een leerling zoeken, en zonder bewijs wijs je Koen aan als dader. Opsporen is aan de politie. # feedback
+ [Je zegt dat dit een zaak voor de politie is en niet voor de school. Je geeft haar het nummer 0900-8844. #step: dader-opsporen #rating: matig]
  De politie kan inderdaad helpen opsporen. Maar de school heeft ook een taak: Iris moet zich hier veilig voelen. Verwijs door, en blijf betrokken. # feedback
- -> veilig

=== veilig ===
Maandag zit Iris weer bij je, met Hanna. # scene: kamer-vp
{ uitgelekt:
    Er gaat een gerucht rond dat Iris Koen valselijk beschuldigt. Stijn heeft het in de app van 4 havo gezet.
}
Het ergste is de fietsenstalling. En de weg naar huis. Ik kijk steeds achterom. # speaker: iris

+ [Je regelt met de teamleider dat Iris vijf minuten eerder uit de les mag, zodat ze Koen niet tegenkomt. #step: veiligheid #rating: matig]
  Een praktische maatregel, maar bedacht over haar hoofd heen. Eerder weg moeten kan ook als straf voelen. Vraag wat Iris zelf nodig heeft en leg dat vast met mentor en schoolleiding. # feedback
+ [Je vraagt wat zij nodig heeft om zich op school en onderweg veilig te voelen, en spreekt af dat je dat regelt met mentor en teamleider. #step: veiligheid #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Iris bepaalt wat ze nodig heeft; jij zorgt dat mentor en schoolleiding het regelen. Later check je of het ook gebeurt. # feedback
  Samen met Hanna naar huis fietsen. En dat Mevrouw Jansen het weet. Maar niet in de klas bespreken, alstublieft. # speaker: iris
  Je regelt het die dag nog met Mevrouw Jansen en Meneer El Amrani.
+ [Je stelt voor dat haar mentor het in de klas bespreekt, zodat klasgenoten een oogje op haar houden. #step: veiligheid #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Goed bedoeld, maar een klassengesprek dat Iris niet wil, zet haar juist in de schijnwerpers. Vraag eerst wat zij nodig heeft om zich veilig te voelen. # feedback
  Iris wordt rood. Hanna kijkt je ongelovig aan.
- -> advies

=== advies ===
Iris pakt haar telefoon. Vannacht is er weer een account bijgekomen. # sfx: notificatie
ik weet wat je doet. je komt niet van me af # speaker: schaduwaccount # channel: chat

+ [Je adviseert een logboek: datum, tijd, accountnaam, met screenshots. Verder: overal het delen van locatie uit, wachtwoorden wijzigen, en elk account melden en blokkeren. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Het logboek is bewijs voor politie en platform, en nodig om een dader te vinden. Locatie uit en nieuwe wachtwoorden sluiten deuren die nog openstaan. # feedback
+ [Je vraagt Iris om alle screenshots naar jou te appen. Dan ligt het bewijs veilig bij school. #step: adviezen #rating: matig]
  ~ bewijs = true
  Bewijs bewaren is belangrijk, maar dat doet Iris zelf, met haar ouders. Berichten verzamelen op je eigen telefoon hoort niet bij jouw rol. En locatie uitzetten, blokkeren en melden blijven liggen. # feedback
+ [Je raadt aan de berichten te wissen en de telefoon een week weg te leggen. Dan heeft de stalker geen ingang meer. #step: adviezen #rating: fout]
  ~ bewijs = false
  Rust nemen is begrijpelijk. Maar als alles gewist is, is ook het bewijs weg dat nodig is om de dader te vinden of aangifte te doen. Eerst bewaren, dan blokkeren. # feedback
- -> politie

=== politie ===
Vrijdag komt Iris langs. Het nieuwste bericht is van vannacht, half drie.
ik weet waar je woont # speaker: schaduwaccount # channel: chat
{bewijs: In haar logboek staan nu negen accounts in twee weken.|Veel oude berichten heeft ze niet meer. Dit is wat er nog is.}

+ [Je belt meteen zelf de politie om het te melden, dan zit er vaart in. Iris en haar moeder hoor je daarna wel. #step: strafbaar #rating: matig]
  ~ spoor = true
  ~ vertrouwen = vertrouwen - 1
  De politie erbij halen is hier terecht. Maar je beslist over Iris heen. Overleggen kan altijd; of er aangifte komt, kiezen Iris en haar ouders. # feedback
+ [Je herkent dat dit belaging kan zijn en volgt het schoolprotocol. Je overlegt met wijkagent Visser en bespreekt met Iris en haar moeder of ze een melding of aangifte willen doen. #step: strafbaar #rating: goed]
  ~ spoor = true
  Goed. Stalking kan strafbaar zijn. De politie kan beoordelen of aangifte zin heeft en accounts via het platform natrekken. Iris en haar ouders beslissen mee. # feedback
+ [Je houdt het binnen de school. Het is de nasleep van een verbroken relatie; de politie erbij halen maakt het alleen groter. #step: strafbaar #rating: fout]
  Dit is meer dan een nasleep: steeds nieuwe accounts, weten waar ze woont, opwachten bij de sporthal. Dat kan belaging zijn, en dan hoort overleg met de politie erbij. # feedback
- -> twee_weken

=== twee_weken ===
Twee weken later. # scene: kamer-vp
{ spoor && bewijs && not uitgelekt:
    -> bekend
  - else:
    -> onbekend
}

=== bekend ===
Agent Visser belt. Iris en haar moeder hebben aangifte gedaan, met het logboek erbij. # sfx: trillen
Via het platform konden we de accounts natrekken. Ze horen bij het telefoonnummer van Koen. Ik ga met hem en zijn ouders praten. # speaker: wijkagent
Dat lukt lang niet altijd. Deze keer wel. Nu is er een aangeklaagde. # channel: thought
Die middag zit Iris bij je, met haar moeder. # discuss: Nu bekend is wie het deed: wat moet de school doen, naast wat de politie doet? En wie bepaalt dat?

+ [Je stelt voor dat Iris en Koen onder jouw leiding samen om tafel gaan, zodat ze het kunnen uitpraten. #step: vervolgstappen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Bemiddeling is een route, maar alleen als de klager dat zelf wil. Bij stalking kan een gesprek met de dader onveilig voelen, en krijgt hij juist het contact dat hij zocht. # feedback
  Met hem aan tafel? Echt niet. # speaker: iris
+ [Je vraagt Meneer El Amrani om Koen meteen te schorsen en de zaak door te zetten naar de klachtencommissie. #step: vervolgstappen #rating: matig]
  Dat Koen erop wordt aangesproken, is terecht. Maar je kiest zelf de zwaarste route, zonder Iris te vragen wat zij wil. Leg de routes uit en laat haar kiezen. # feedback
  Iris hoort het van anderen. Niemand heeft haar gevraagd wat ze wilde.
+ [Je zet de routes op een rij: een gesprek van de schoolleiding met Koen, hoor en wederhoor, de klachtencommissie en de aangifte die al loopt. Je vraagt wat Iris wil en geeft advies. #step: vervolgstappen #rating: goed]
  Goed. Nu er een aangeklaagde is, gaan de vervolgstappen open. Iris kiest, jij legt uit en adviseert. # feedback
  Iris wil Koen niet spreken. Ze wil dat de schoolleiding met hem afspreekt: geen contact meer, ook niet online.
- Gaat u mee als ik bij de politie nog een keer mijn verhaal moet doen? # speaker: iris

+ [Je zegt dat dit nu echt iets voor haar ouders is. Jouw deel zit erop, nu de politie het overneemt. #step: rol-afspreken #rating: matig]
  Haar ouders en de politie nemen veel over, dat klopt. Maar Iris vroeg jou iets. Spreek af wat jouw rol nog is, want ook op school loopt het nog door. # feedback
+ [Je zegt dat je mee kunt als ze dat wil, of haar kunt helpen voorbereiden. Je noemt ook de externe vertrouwenspersoon, voor als ze liever iemand van buiten school heeft. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je biedt begeleiding aan in het traject dat zij koos, en zij beslist hoe. De externe vertrouwenspersoon is een extra keuze. # feedback
+ [Je gaat mee en doet daar het woord, zodat Iris niets meer hoeft te vertellen. #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Goed bedoeld, maar zo neem je haar verhaal over. Begeleiden is naast haar staan, niet voor haar praten. Spreek af wat zij van je wil. # feedback
- -> nazorg_gesprek

=== onbekend ===
{
  - uitgelekt:
    Koens moeder heeft Meneer El Amrani gebeld: haar zoon wordt zonder bewijs beschuldigd. Koen ontkent alles.
    De accounts stopten een week. Nu zijn ze terug, voorzichtiger dan eerst.
  - spoor:
    Iris en haar moeder zijn bij de politie geweest. Maar veel oude berichten waren gewist. Er is te weinig om de accounts na te trekken.
  - else:
    De politie is er niet bij betrokken. Niemand trekt de accounts na; ze blijven anoniem.
}
Er komen nog steeds nieuwe accounts, minder vaak dan eerst. Wie erachter zit, weet niemand.
{ beloofd:
    U zei dat we het zouden uitzoeken. # speaker: iris
}
Dus er gebeurt gewoon niks? # speaker: iris

+ [Je zegt: "Ik ga toch even met Koen praten. Als hij het is, zie ik dat wel aan hem." #step: aangeklaagde #rating: fout]
  ~ uitgelekt = true
  Een vermoeden is geen bewijs, en niemand kun je aanzien of hij schuldig is. Koen zonder grond als dader aanspreken is oneerlijk en zorgt voor meer onrust rond Iris. # feedback
+ [Je zegt dat ze Helpwanted.nl en Meldknop.nl kan proberen. Verder kan de school niets doen zolang de dader onbekend is. #step: aangeklaagde #rating: matig]
  ~ vertrouwen = vertrouwen - 1
  Doorverwijzen is goed. Maar ook bij een onbekende dader blijven opvang en veiligheid op school jouw taak. Zo blijft Iris alleen achter met haar angst. # feedback
+ [Je bent eerlijk: tegen een onbekende kan geen klacht komen. Maar je blijft haar steunen, het logboek loopt door en opsporen kan later nog. Je wijst op Helpwanted.nl, Meldknop.nl en vraaghetdepolitie.nl. #step: aangeklaagde #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je bent helder over wat de school niet kan, en laat zien wat wel kan: opvang, tips, veiligheid en hulp van buiten. Zo blijft de deur open. # feedback
- -> nazorg_gesprek

=== nazorg_gesprek ===
Drie weken later. Het is rustiger. Iris is al een tijdje niet langs geweest. # scene: personeelskamer

+ [Je plant een vast moment met Iris, vraagt Mevrouw Jansen of de afspraken nog lopen en vertelt Iris over de klachtencommissie, voor als de school niet genoeg doet. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Goed. Nazorg is nagaan of de maatregelen werken en de veiligheid blijft. Iris weet nu ook waar ze terechtkan als ze niet tevreden is. # feedback
+ [Het is rustig, dus je sluit het dossier. Iris weet je te vinden als het weer begint. #step: nazorg #rating: fout]
  Rustig is nog niet veilig. Stalking komt vaak terug, en Iris komt niet uit zichzelf. Blijf zelf contact houden en check of de afspraken werken. # feedback
+ [Je vraagt Mevrouw Jansen om een oogje in het zeil te houden. Zij ziet Iris toch elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij halen is goed. Maar de nazorg hoort ook bij jou: spreek Iris zelf, check de afspraken en wijs op de klachtencommissie als het niet goed loopt. # feedback
- -> einde

=== einde ===
{
  - bekend && nazorg == 2 && vertrouwen >= 2:
    -> einde_regie
  - bekend:
    -> einde_lekt
  - nazorg >= 1 && vertrouwen >= 1:
    -> einde_vangnet
  - else:
    -> einde_alleen
}

=== einde_regie ===
Koen heeft met de politie en zijn ouders om tafel gezeten. Met Meneer El Amrani heeft hij afgesproken: geen contact met Iris, ook niet online. # scene: kamer-vp
Elke twee weken zie je Iris even. Mevrouw Jansen laat weten dat de afspraken worden nagekomen.
De accounts zijn gestopt. Iris fietst weer met Hanna naar huis. Haar locatie deelt ze alleen nog met haar moeder. # ending: Gevonden, en Iris houdt de regie
-> END

=== einde_lekt ===
Er is een aangeklaagde, en de politie heeft Koen gesproken. Toch loopt het niet goed. # scene: gang
{nazorg == 2: Je houdt contact, maar Iris zegt weinig. Ze voelt zich door de school niet echt gehoord.|Niemand volgt nog of de afspraken worden nagekomen. In de aula gaat Koen weer vlak bij Iris zitten.}
Iris komt niet meer langs. Haar moeder overweegt een klacht bij de klachtencommissie over hoe de school het heeft aangepakt. # ending: Gevonden, maar de afspraken lekken weg
-> END

=== einde_vangnet ===
Wie achter de accounts zit, is nog steeds niet bekend. Er kan geen klacht komen, en dat blijft wringen. # scene: kamer-vp
Maar Iris staat er niet alleen voor. {nazorg == 2:Jij|Mevrouw Jansen} houdt contact met haar, en ze weet waar ze hulp vindt.
{bewijs: Ze houdt haar logboek bij. Komt er ooit een naam boven water, dan ligt er bewijs en gaan de vervolgstappen open.|Vanaf nu bewaart ze alles. Komt er ooit een naam boven water, dan gaan de vervolgstappen open.}
De accounts komen steeds minder vaak. # ending: Geen naam, wel een vangnet
-> END

=== einde_alleen ===
De accounts blijven komen. Iris komt niet meer bij je langs. # scene: gang
{uitgelekt: Koens ouders hebben een klacht ingediend: hun zoon is zonder bewijs beschuldigd. Op school wordt over Iris gefluisterd.}
Of Koen erachter zit, weet nog steeds niemand. Iris zegt tegen Hanna dat het toch geen zin heeft om iets te zeggen. # ending: Iris staat er weer alleen voor
-> END
