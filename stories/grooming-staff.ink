# id: grooming-staff
# title: Niet tussen ons
# mode: staff
# topic: grooming
# age: 12+
# minutes: 14
# summary: Lieke uit 3 vwo laat je berichten zien van Meneer Vos, de docent die de schoolband leidt, en vraagt je het geheim te houden. Jij bent de vertrouwenspersoon. Wat moet je doen, en hoe snel?
# warning: Dit verhaal gaat over een docent die stap voor stap te persoonlijk contact zoekt met een leerling van 14 (grooming). Er staan geen expliciete berichten of beelden in.
# pair: grooming-student

VAR vertrouwen = 0
VAR beloofd = false
VAR bewijs = false
VAR doorgestuurd = false
VAR gewaarschuwd = false
VAR gemeld = 0
VAR valse_hoop = false
VAR okafor = false
VAR veilig = 0
VAR band = 0
VAR nazorg = 0
VAR preventie = 0

Na het laatste uur wordt er geklopt. # scene: kamer-vp # sfx: deur
Lieke uit 3 vwo staat in de deur. Achter haar staat Ayla, haar beste vriendin.
Ze moest van mij komen. Het klopt gewoon niet. # speaker: ayla
Lieke legt haar telefoon op tafel. Het begon zes weken geleden, in de bandgroep in de schoolapp.
Top repetitie allemaal! En Lieke, die solo 🔥 # speaker: vos # channel: chat
Daarna appte Meneer Vos haar privé. Eerst over muziek, toen over andere dingen. Steeds later op de avond.
Jij bent echt veel volwassener dan de rest van de band. Zeg maar Mark, hoor 😉 # speaker: vos # channel: chat
nog wakker? moest aan je solo denken # speaker: vos # channel: chat
Het tijdstip staat erbij. 23.12 uur.
dit blijft tussen ons hè. de anderen snappen dat niet # speaker: vos # channel: chat
zet je snap even aan? berichten verdwijnen, wel zo handig # speaker: vos # channel: chat
Van Snapchat heeft Lieke een paar screenshots gemaakt. Hij vraagt of ze na de repetitie blijft, dan brengt hij haar thuis. En of ze een foto van haar nieuwe outfit stuurt.
Misschien doe ik gewoon moeilijk. Hij is aardig. Iedereen vindt hem leuk. # speaker: lieke

+ [Je laat Lieke in haar eigen woorden vertellen, zonder te onderbreken. Daarna zeg je dat het goed is dat ze kwam, en dat zij niets fout heeft gedaan. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je neemt haar serieus en laat haar uitpraten. Leerlingen voelen zich bij grooming vaak medeschuldig, maar de grens bewaken is de taak van de volwassene. # feedback
  Je doet niet moeilijk. Hij is de volwassene. Hij had hier nooit aan moeten beginnen. # speaker: ik
+ [Je vraagt wat Lieke zelf allemaal heeft teruggestuurd, zodat je precies weet hoe het zit. #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Deze vraag klinkt als: wat heb jij gedaan? Wat zij terugstuurde, verandert niets aan zijn verantwoordelijkheid. Luister eerst, zonder te oordelen. # feedback
  Lieke trekt haar telefoon terug. Gewoon normale dingen, zegt ze zacht.
+ [Je zegt meteen dat dit grooming is en dat je er vandaag nog werk van maakt. Ze hoeft verder niets te vertellen. #step: eerste-opvang #rating: matig]
  Serieus nemen is goed. Maar zo sla je haar verhaal over en schrikt ze van een zwaar woord. Laat haar eerst alles vertellen. # feedback
  Lieke kijkt geschrokken naar Ayla.
  Zo erg is het toch niet? # speaker: lieke
- -> belofte

=== belofte ===
Lieke veegt haar ogen droog. # discuss: Vertrouwelijkheid is het vak van een vertrouwenspersoon. Waarom geldt dat hier niet, en hoe zeg je dat zonder Lieke kwijt te raken?
U mag het aan niemand vertellen, beloofd? Anders mag ik vast niet meer in de band. En dan krijgt hij problemen door mij. # speaker: lieke

+ [Je belooft dat je niets doet zonder haar toestemming. Dan houdt zij de regie, en dat heeft ze nu nodig. #step: meldplicht #rating: fout]
  ~ beloofd = true
  Regie bij de leerling past meestal bij je vak, maar hier niet: de meldplicht hangt niet af van haar toestemming. Je belooft iets wat je straks moet breken. # feedback
  Lieke ademt uit. Dan vertelt ze alles.
+ [Je zegt eerlijk dat je dit niet geheim kunt houden: bij een vermoeden als dit moet jij het direct melden bij het schoolbestuur. Je legt uit waarom, en dat je haar steeds vertelt wat er gebeurt. #step: meldplicht #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Elke medewerker, ook de interne vertrouwenspersoon, moet een vermoeden van een seksueel strafbaar feit door een collega tegen een minderjarige leerling direct melden bij het bevoegd gezag. Eerlijkheid houdt het vertrouwen overeind. # feedback
  Dit kan ik niet geheimhouden. Niet omdat jij iets fout deed, maar om jou en anderen te beschermen. En als hij problemen krijgt, komt dat door hem, niet door jou. # speaker: ik
  Ayla pakt Liekes hand. Oké, zegt Lieke. Als u het mij maar eerst zegt.
+ [Je belooft dat het tussen jullie blijft. Zeg je nu nee, dan loopt ze weg en vertelt ze het misschien nooit meer. #step: meldplicht #rating: fout]
  ~ beloofd = true
  Begrijpelijk, maar deze belofte mag je niet doen. Bij een vermoeden van een seksueel strafbaar feit door een medewerker geldt de meldplicht, ook voor jou. Die belofte moet je later breken. # feedback
  Lieke ademt uit. Dan vertelt ze alles.
- -> routes

=== routes ===
En wat gebeurt er nu? Moet ik met hem praten? # speaker: lieke

+ [Je legt uit wat er gebeurt: het bestuur hoort het van jou en overlegt met de vertrouwensinspecteur, en misschien volgt aangifte. Vos hoeft ze niet te spreken. Je vraagt wat zij wil: zelf haar moeder vertellen, of samen? #step: vervolgstappen #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je legt de route eerlijk uit, ook het deel waar zij niet over beslist. Waar ze wel iets te kiezen heeft, vraag je het haar. # feedback
  Ik vertel het vanavond zelf aan mijn moeder. # speaker: lieke
+ [Je stelt voor om met z'n drieën te praten: Lieke, Vos en jij. Dan kan hij uitleggen hoe hij het bedoelde, en stopt het misschien gewoon. #step: vervolgstappen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Een gesprek met de aangeklaagde is vaak een route, maar hier niet. Een leerling van veertien tegenover de docent die haar stap voor stap inpalmde, is geen gelijk gesprek. Dit vermoeden gaat eerst naar het bestuur. # feedback
  Lieke wordt bleek.
  Met hem? Dat durf ik echt niet. # speaker: lieke
+ [Je zegt dat ze zich daar geen zorgen over hoeft te maken. Jij regelt alles. #step: vervolgstappen #rating: matig]
  Goed bedoeld, maar zo weet Lieke niet wat er komt en krijgt ze nergens een keuze. Leg de route uit en vraag wat zij wil. # feedback
- -> bewijs_knoop

=== bewijs_knoop ===
Wat moet ik met de berichten? Zal ik ze naar u sturen? # speaker: lieke

+ [Je vraagt haar de screenshots naar jou te sturen. Dan zit alles veilig bij de melding. #step: adviezen #rating: matig]
  ~ bewijs = true
  ~ doorgestuurd = true
  Bewaren is goed, maar verzamelen hoort niet bij jouw rol: zo gaan berichten van een leerling over andere telefoons. Laat het bewijs bij Lieke en noteer zelf wat je zag. # feedback
+ [Je raadt haar aan Vos te blokkeren en de chats te wissen. Dan heeft ze eindelijk rust. #step: adviezen #rating: fout]
  Rust is wat ze nodig heeft, maar wissen haalt het bewijs weg dat nodig is voor het bestuur en een aangifte. Eerst bewaren, dan de rest. # feedback
  Die avond wist Lieke de hele chat.
+ [Je zegt dat ze niets doorstuurt en niets wist. Ze maakt ook van WhatsApp screenshots, en alles blijft op haar eigen telefoon. Zelf schrijf je op wat je zag en hoorde. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Bewijs is nodig voor bestuur en politie, en op Snapchat verdwijnt het vanzelf. Het blijft bij Lieke; jij legt feitelijk vast wat je zag. # feedback
- Lieke en Ayla gaan. Je loopt de gang op om te bellen. -> gang

=== gang ===
Bij de trap komt Meneer Vos je tegemoet, met zijn gitaarkoffer. # scene: gang
Hé! Ik zag Lieke en Ayla bij jou vandaan komen. Niks ergs, hoop ik? Ze is mijn beste gitarist. # speaker: vos

+ [Je vraagt hem rechtstreeks naar de berichten aan Lieke. Hoor en wederhoor is wel zo eerlijk. #step: meldplicht #rating: fout]
  ~ gewaarschuwd = true
  Hoor en wederhoor is eerlijk, maar niet nu en niet door jou. Je doet geen eigen onderzoek: het vermoeden beoordelen bestuur en vertrouwensinspecteur. En Vos is nu gewaarschuwd. # feedback
  Vos lacht kort.
  Ik coach haar gewoon. Ze is een beetje gevoelig, volgens mij. # speaker: vos
+ [Je zegt vriendelijk dat je nooit iets zegt over wie er bij je langskomt, en loopt door. #step: meldplicht #rating: goed]
  Goed. Vos hoeft niets te weten voordat het bestuur het weet. Het bestuur licht hem in. # feedback
+ [Je zegt luchtig dat hij misschien wat meer afstand moet houden van de leerlingen in de band. #step: meldplicht #rating: matig]
  ~ gewaarschuwd = true
  Een hint lijkt onschuldig, maar nu weet Vos dat er iets speelt. Hij kan berichten wissen of Lieke onder druk zetten. Hem aanspreken is aan het bestuur. # feedback
  Vos kijkt je even aan. Tuurlijk, zegt hij. Zijn glimlach is weg.
- -> personeelskamer

=== personeelskamer ===
In de personeelskamer staat taart. De schoolband mag spelen op de open dag. # scene: personeelskamer
Dat is het werk van Mark. Die doet alles voor die band. # speaker: de-vries
Vos is geliefd. Een melding kan zijn loopbaan kapotmaken. Kan het toch onschuldig zijn? # channel: thought # discuss: Een collega vindt Vos gewoon aardig. Hoeveel mag zo'n oordeel meewegen? En wie bepaalt of een vermoeden sterk genoeg is?

+ [Je wilt niemand onterecht beschuldigen. Je vraagt Meneer de Vries, die al jaren met Vos werkt, hoe hij hem inschat. #step: meldplicht #rating: fout]
  ~ gewaarschuwd = true
  Twijfel is menselijk, maar jij hoeft het vermoeden niet te toetsen. Collega's uithoren is eigen onderzoek: het kost tijd en het lekt. Meld direct bij het bestuur. # feedback
  Mark? Echt niet, die is gewoon aardig. Hoezo? # speaker: de-vries
  Je zegt dat het niks is. Een uur later hoor je De Vries in de gang tegen Vos: de vertrouwenspersoon vroeg naar je. Pas de volgende ochtend bel je het bestuur.
+ [Je zoekt een lege ruimte en belt nog dezelfde middag Meneer Willems, de bestuurder. Je vertelt feitelijk wat je zag en hoorde. #step: meldplicht #rating: goed]
  ~ gemeld = 2
  Goed. Je meldt direct en rechtstreeks bij het bevoegd gezag; of het vermoeden klopt, bepaal jij niet. Dit is ook niet de meldcode huiselijk geweld, met afwegingen vooraf: hier meld je meteen. # feedback
+ [Je loopt binnen bij Meneer El Amrani, de teamleider. Hij kent Vos goed en weet hoe het verder moet. #step: meldplicht #rating: matig]
  ~ gemeld = 1
  Je doet iets, en dat is goed. Maar de wet vraagt dat jij het bestuur direct en rechtstreeks inlicht. Een teamleider als tussenpersoon is niet genoeg, en kost tijd. # feedback
  Goed dat je komt. Ik heb overmorgen overleg met Willems, dan neem ik het mee. # speaker: el-amrani
- -> bestuur

=== bestuur ===
{
  - gemeld == 2:
    Een uur later zit je bij Meneer Willems. # scene: kantoor
  - gemeld == 1:
    Twee dagen later zit je bij Meneer Willems. Meneer El Amrani heeft het hem net verteld. # scene: kantoor
    Intussen stuurde Vos Lieke weer een snap, vertelt ze je. Of ze na de repetitie even blijft.
  - else:
    De volgende ochtend zit je bij Meneer Willems. # scene: kantoor
}
{gemeld < 2:
    Dit had meteen bij mij moeten komen. Dat geldt voor iedereen hier, ook voor de vertrouwenspersoon. # speaker: willems
}
Meneer Willems belt direct het meldpunt van de vertrouwensinspecteurs en zet de telefoon op de speaker.
Goed dat u belt. Wat hier gezegd wordt, blijft bij mij. # speaker: inspecteur
Een volwassene die een leerling van veertien stap voor stap naar privékanalen haalt, om geheimhouding vraagt en om foto's: dat past bij grooming. Ik zie een redelijk vermoeden. Dan moet u als bestuur aangifte doen. Licht eerst de medewerker en de ouders in. # speaker: inspecteur
{gewaarschuwd:
    Die middag staat Lieke bij je deur. Vos heeft haar een snap gestuurd. # scene: kamer-vp
    hoorde dat je bij de vertrouwenspersoon was. jammer. ik dacht dat ik je kon vertrouwen # speaker: vos # channel: chat
    In WhatsApp staat zes keer: Dit bericht is verwijderd.
    {bewijs: Gelukkig heeft ze haar screenshots nog.|Zelf had ze de chat al gewist. Er is bijna niets meer over, behalve haar verhaal.}
}
{not gewaarschuwd && not bewijs: Lieke heeft de chat gewist. Er zijn nog haar verhaal en jouw aantekeningen.}
{doorgestuurd: Meneer Willems ziet de screenshots op jouw telefoon. Die horen bij Lieke en straks bij de politie, zegt hij. Niet bij ons.}
{not beloofd: Zoals afgesproken bel je Lieke eerst.}
Meneer Willems licht Vos en Liekes ouders nog dezelfde dag in. Vos komt voorlopig niet op school. Dat besluit het bestuur.
-> moeder

=== moeder ===
De volgende middag zitten Lieke en haar moeder bij je. # scene: kamer-vp
{beloofd:
    Lieke kijkt je niet aan.
    U had het beloofd. # speaker: lieke
    ~ vertrouwen = vertrouwen - 1
}
Ik snap dat de school dit moet melden. Maar jullie zijn allemaal collega's van hem. Ik wil met iemand van buiten de school praten. # speaker: moeder-lieke

+ [Je noemt Mevrouw Okafor, de externe vertrouwenspersoon. Zij staat buiten de school en heeft geen meldplicht, al moedigt ze een melding aan. Jij blijft het aanspreekpunt op school en gaat mee naar gesprekken als Lieke dat wil. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  ~ okafor = true
  Goed. De externe vertrouwenspersoon is een echte keuze voor wie iemand van buiten wil, en je legt eerlijk uit dat zij niet hoeft te melden en jij wel. Je eigen rol is ook helder. # feedback
+ [Je zegt dat ze bij jou goed zit. Als vertrouwenspersoon sta jij ook los van de schoolleiding. #step: rol-afspreken #rating: matig]
  Je staat los van de leiding, maar je bent wel een collega van Vos. De moeder vraagt om iemand van buiten, en die is er: de externe vertrouwenspersoon. # feedback
+ [Je zegt dat Mevrouw Okafor het vanaf nu overneemt. Dan heeft de moeder wat ze vraagt, en zit jij als collega niet tussen twee vuren. #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  ~ okafor = true
  Zo laat je Lieke los terwijl ze op school nog iemand nodig heeft. De externe vertrouwenspersoon komt erbij, niet in jouw plaats. Spreek af wie wat doet. # feedback
- Meneer Willems zegt dat er aangifte komt. Dat wil ik niet. Dan moet Lieke alles aan vreemden vertellen. Kan dit niet binnen de school blijven? # speaker: moeder-lieke # discuss: Ouders en leerling willen geen aangifte, en toch komt die er. Is dat terecht? Wat weegt zwaarder: hun wens of de bescherming van andere leerlingen?

+ [Je zegt dat je hun bezwaar aan Meneer Willems doorgeeft. Misschien kan het toch zonder aangifte. #step: strafbaar #rating: matig]
  ~ valse_hoop = true
  Hun zorg doorgeven is netjes, maar je wekt valse hoop. Bij een redelijk vermoeden moet het bestuur aangifte doen, ook tegen hun wens in. # feedback
+ [Je stelt haar gerust: zonder toestemming van Lieke en haar ouders komt er geen aangifte. #step: strafbaar #rating: fout]
  ~ valse_hoop = true
  ~ vertrouwen = vertrouwen - 1
  Geruststellend, maar onjuist. Bij een redelijk vermoeden is het bestuur verplicht aangifte te doen; bezwaar van ouders of leerling verandert dat niet. Straks voelen ze zich bedrogen. # feedback
+ [Je legt uit dat het bestuur bij een redelijk vermoeden aangifte moet doen, ook als zij bezwaar hebben. Wel kunnen ze kiezen wie Lieke steunt en wie er meegaat. #step: strafbaar #rating: goed]
  Goed. Bezwaar van ouders of leerling houdt de aangifteplicht van het bestuur niet tegen. Eerlijk zijn, met aandacht voor hun zorg, voorkomt valse hoop. # feedback
  Het gaat er niet om of Lieke iets fout deed. Het gaat erom dat een volwassene op school dit niet nog eens kan doen. # speaker: ik
- -> okafor_belt

=== okafor_belt ===
{okafor:
    Later belt Mevrouw Okafor je, met toestemming van Lieke en haar moeder. # sfx: trillen
    Ik hoef zelf niets te melden. Maar ik heb ze gezegd dat het goed is dat het gemeld is. Lieke maakt niets kapot. # speaker: okafor
- else:
    Liekes moeder heeft niemand van buiten de school gevonden om mee te praten.
}
{valse_hoop:
    Als de aangifte toch komt, belt Liekes moeder boos op. # sfx: trillen
    U zei dat het niet hoefde. # speaker: moeder-lieke
}
-> veiligheid

=== veiligheid ===
Een week later zit Lieke alleen bij je. # scene: kamer-vp
Iedereen vraagt waar Meneer Vos is. Ik wil gewoon gitaar blijven spelen. Maar ik ben bang dat hij terugkomt. # speaker: lieke

+ [Je raadt Lieke aan een tijdje niet naar de band te gaan. Dan hoeft ze geen lastige vragen te beantwoorden. #step: veiligheid #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Zo betaalt Lieke de prijs voor wat een volwassene deed. Veilig zijn betekent dat zij kan blijven doen wat ze graag doet. Maatregelen horen bij de medewerker. # feedback
  Lieke knikt. Haar gitaar blijft thuis.
+ [Je vraagt wat zij nodig heeft om zich veilig te voelen. Dat geef je door aan Meneer Willems, die over de maatregelen gaat, en je checkt of het gebeurt. #step: veiligheid #rating: goed]
  ~ veilig = 2
  ~ vertrouwen = vertrouwen + 1
  Goed. Lieke zegt wat ze nodig heeft; maatregelen rond een medewerker neemt het bestuur. Jij bent de schakel en kijkt of het gebeurt. # feedback
  Dat de band doorgaat, met iemand anders. En dat hij me niet meer kan appen. # speaker: lieke
  Meneer Willems regelt een collega van de muzieksectie voor de band. Vos mag geen contact met leerlingen zoeken.
+ [Je zegt de bandrepetities zelf af tot alles duidelijk is. Dan loopt niemand risico. #step: veiligheid #rating: matig]
  ~ veilig = 1
  Voorzichtig, maar niet jouw besluit: maatregelen rond een medewerker neemt het bestuur. En Lieke raakt haar band kwijt, zonder dat iemand vroeg wat zij nodig heeft. # feedback
  Op het rooster staat: repetitie vervalt.
- -> ayla

=== ayla ===
De dag erna klopt Ayla aan. # sfx: deur
In de band zeggen ze dat Lieke hem heeft beschuldigd om aandacht. Ze weten niet eens wat er is. Wat moet ik zeggen? # speaker: ayla

+ [Je bedankt Ayla dat ze Lieke hielp, en zegt dat ze dit niet alleen hoeft te dragen. Met Meneer Willems regel je een kort gesprek met de band: feitelijk, zonder namen, en met wie je kunt praten. #step: nazorg #rating: goed]
  ~ band = 2
  Goed. Nazorg geldt ook voor de vriendin die meedroeg en voor de groep. Feitelijk en zonder namen: zo krijgen geruchten minder ruimte en wijst niemand Lieke aan. # feedback
+ [Je gaat zelf naar de band en vertelt wat er speelde, zodat ze Lieke geloven. #step: nazorg #rating: fout]
  Je wilt Lieke verdedigen, maar je maakt haar zaak openbaar zonder dat zij dat wilde. Vertel een groep alleen wat nodig is, zonder namen. # feedback
  Een dag later weet heel 3 vwo het.
+ [Je zegt tegen Ayla dat ze er het beste niets over kan zeggen. Het waait vanzelf over. #step: nazorg #rating: matig]
  ~ band = 1
  Zwijgen beschermt Liekes privacy. Maar Ayla blijft alleen met een zware vraag, en geruchten krijgen vrij spel. # feedback
- -> nazorg_knoop

=== nazorg_knoop ===
Zes weken later. De politie onderzoekt de aangifte nog. Op school is het rustig. # scene: personeelskamer
Lieke is al een tijdje niet langs geweest. # channel: thought

+ [De zaak ligt bij het bestuur en de politie. Je sluit jouw dossier; Lieke weet je te vinden. #step: nazorg #rating: fout]
  Rustig is nog niet klaar. Lieke komt niet vanzelf, zeker niet nu het onderzoek loopt. Houd zelf contact en kijk of de afspraken werken. # feedback
+ [Je vraagt Mevrouw Jansen, Liekes mentor, om een oogje in het zeil te houden. Zij ziet haar elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij halen is goed, maar de nazorg hoort ook bij jou: spreek Lieke zelf en check de afspraken. # feedback
+ [Je plant vaste momenten met Lieke, checkt bij Meneer Willems of de afspraken staan en noemt de klachtencommissie. Je wijst ook op De Kindertelefoon en Helpwanted.nl, om anoniem te praten. #step: nazorg #rating: goed]
  ~ nazorg = 2
  ~ vertrouwen = vertrouwen + 1
  Goed. Nazorg is nagaan of de maatregelen werken en Lieke zich veilig voelt. Ze weet waar ze terechtkan als de school tekortschiet, en waar ze anoniem kan praten. # feedback
- -> preventie_knoop

=== preventie_knoop ===
Meneer Willems vraagt je advies voor de teamvergadering. Wat moet de school hiervan leren? # scene: kantoor # discuss: Een docent appt privé met een leerling over muziek. Wanneer is dat betrokken, en wanneer gaat het over een grens? Welke afspraken zou jullie team moeten maken?

+ [Je adviseert teamafspraken: contact met leerlingen alleen via schoolkanalen, geen Snapchat of privéapps, niet alleen met een leerling na de les of in de auto. Plus lessen over grooming, en de vertrouwenspersonen beter bekendmaken. #step: preventie #rating: goed]
  ~ preventie = 2
  Goed. Teamafspraken maken grenzen zichtbaar, voor collega's en voor leerlingen. En wie de vertrouwenspersoon kent, meldt eerder. # feedback
+ [Je zegt dat het om één collega ging. Nieuwe regels voor iedereen wekken alleen wantrouwen in een goed team. #step: preventie #rating: fout]
  Zonder afspraken weet niemand waar de grens ligt, en valt afwijkend gedrag niet op. Preventie gaat over het hele team, niet over één persoon. # feedback
+ [Je stelt voor dat iedereen de gedragscode nog eens per mail krijgt. #step: preventie #rating: matig]
  ~ preventie = 1
  Een begin, maar een mail wordt snel weggeklikt. Maak samen concrete afspraken, en zorg dat leerlingen weten bij wie ze terechtkunnen. # feedback
- -> einde

=== einde ===
{
  - gewaarschuwd:
    -> einde_gewaarschuwd
  - vertrouwen <= 1:
    -> einde_afgehaakt
  - vertrouwen >= 5 && gemeld == 2 && nazorg == 2 && band == 2 && veilig == 2 && bewijs:
    -> einde_beschermd
  - else:
    -> einde_stil
}

=== einde_beschermd ===
De aangifte ligt bij de politie. Vos komt voorlopig niet terug op school. # scene: klaslokaal
De band repeteert weer, met een andere docent. Lieke speelt haar solo. Ayla zingt.
Elke twee weken spreek je Lieke even. Soms twijfelt ze nog of het haar schuld was. Dan zeg je het nog een keer: nee.
{preventie == 2: In de teamvergadering zijn afspraken gemaakt over contact met leerlingen. Niemand lachte erom.}
Snel gemeld, bewijs bewaard, Lieke steeds op de hoogte. Zo hoort het te gaan. # channel: thought # ending: Gemeld, beschermd, en Lieke speelt weer
-> END

=== einde_stil ===
De aangifte ligt bij de politie en Vos komt voorlopig niet op school. Lieke is beschermd. # scene: gang
{
  - band < 2 || veilig < 2:
    Maar de band is uit elkaar gevallen. Er gingen verhalen rond, en een paar leden zijn gestopt.
  - else:
    De band speelt weer, maar Lieke staat er stil bij.
}
{vertrouwen < 5: Ze houdt de school op afstand, ook jou.}
{nazorg < 2: Niemand vraagt Lieke nog hoe het gaat. Jij ook niet.}
{not bewijs: Zonder de gewiste berichten loopt het politieonderzoek moeizaam.}
{gemeld < 2: Dat het bestuur het pas later wist, blijft aan je knagen.}
Haar gitaar blijft vaker thuis. # ending: Vos is weg, maar de schade blijft
-> END

=== einde_afgehaakt ===
Het bestuur heeft aangifte gedaan. Vos komt voorlopig niet op school. Op papier is de zaak goed afgehandeld. # scene: gang
Maar Lieke komt niet meer bij je langs. {beloofd: Je had haar iets beloofd wat je niet kon waarmaken.} {valse_hoop: Haar moeder voelt zich misleid over de aangifte.}
Ze is gestopt met de band. Tegen Ayla zegt ze dat ze nooit meer iets aan een volwassene op school vertelt. # ending: Gemeld, maar Lieke haakt af
-> END

=== einde_gewaarschuwd ===
Vos wist ervan voordat het bestuur hem inlichtte. Hij wiste berichten en zette Lieke onder druk. # scene: gang
{bewijs: Liekes screenshots liggen bij de politie. Het onderzoek loopt, maar moeizaam: Vos ontkent alles.|Er is bijna geen bewijs meer. Het is haar woord tegen het zijne, en Vos ontkent alles.}
In de band gaan verhalen rond dat Lieke hem zwart maakt. Ze voelt zich schuldig, terwijl zij niets fout deed.
{vertrouwen >= 2: Ze komt nog wel bij je langs.|Ze komt niet meer bij je langs.}
Hij wist het te vroeg. Dat was genoeg om het spoor dunner te maken. # channel: thought # ending: Vos was gewaarschuwd
-> END
