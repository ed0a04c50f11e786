# id: cyberbaiting-staff
# title: De clip van meneer De Vries
# mode: staff
# topic: cyberbaiting
# age: 12+
# minutes: 12
# summary: Leerlingen hebben een docent uitgedaagd en stiekem gefilmd. De clip gaat rond. Jij bent de vertrouwenspersoon.
# warning: Dit verhaal gaat over een docent die online belachelijk wordt gemaakt, met gemene reacties en een bedreiging.
# pair: cyberbaiting-student

VAR vertrouwen = 0
VAR offline = false
VAR poster_bekend = false
VAR te_ver = false
VAR veilig = false

Maandag, achtste uur. Er wordt op je deur geklopt. # scene: kamer-vp # sfx: deur
Meneer De Vries staat in de deuropening, zijn telefoon in zijn hand. Hij is bleek.
Heb je even? Er staat een filmpje van mij online. Van vanochtend, in 3B. # speaker: de-vries
Op het scherm zie je hem schreeuwen tegen de klas. Achter hem wordt gegiecheld. De clip heeft al veertienduizend weergaven. # discuss: Is een docent stiekem filmen in de klas ooit een grap? Waar ligt de grens tussen een geintje en cyberbaiting?

+ [Je zegt meteen: "We laten dit vandaag nog verwijderen, ik bel de teamleider." #step: eerste-opvang #rating: matig]
  Snelheid is bij online klachten belangrijk, maar je slaat het luisteren over. Zo weet je nog niet wat hij nodig heeft. # feedback
+ [Je zet thee, doet de deur dicht en vraagt hem rustig te vertellen wat er gebeurde. Je zegt dat je snapt dat dit hard aankomt. #step: eerste-opvang #rating: goed]
  ~ vertrouwen += 1
  Goed. Je neemt de klacht serieus en geeft hem de ruimte om het hele verhaal te vertellen. Pas daarna komen de oplossingen. # feedback
+ [Je kijkt de clip en zegt: "Tja, je gaat wel erg tekeer. Hoe kwam je daar nou toe?" #step: eerste-opvang #rating: fout]
  ~ vertrouwen -= 1
  Je bedoelt het als vraag, maar het klinkt als een verwijt. Wie online te kijk wordt gezet, voelt zich vaak al schuldig. Luister eerst en oordeel niet. # feedback
- Hij vertelt. Een groepje in 3B tikte de hele les met pennen en fluisterde "boomer" als hij zich omdraaide. Toen hij uitviel, zag hij twee telefoons onder een tafel: van Ilias en van Jurre.
Het account dat de clip plaatste, heet @3b_chaos. Geen naam, geen foto. # speaker: de-vries

+ [Je zegt: "Ilias zit overal achter, dat account is vast ook van hem." #step: aangeklaagde #rating: fout]
  ~ te_ver = true
  Zonder grond iemand aanwijzen is oneerlijk en kan de zaak verpesten. Stel vast wat je wél weet: wie filmde, en dat de plaatser nog onbekend is. # feedback
+ [Je zegt: "Het account is anoniem. Dan kunnen we helaas weinig doen." #step: aangeklaagde #rating: matig]
  Tegen een onbekende kan geen klacht worden ingediend, dat klopt. Maar de filmers zijn wél bekend, en het account kan misschien worden opgespoord. # feedback
+ [Je zet op een rij wat bekend is: wie er filmden (Ilias en Jurre) en wie de clip plaatste (nog onbekend). #step: aangeklaagde #rating: goed]
  ~ vertrouwen += 1
  Goed. Tegen de bekende filmers kun je vervolgstappen zetten. Voor het onbekende account blijft het voorlopig bij opvang en tips, en bij proberen te achterhalen wie het is. # feedback
- -> opsporen

=== opsporen ===
De clip gaat nog steeds rond. In de klassenapp van 3B staat hij al drie keer.
Hoe kom je erachter wie het account heeft? # channel: thought

+ [Je meldt de clip bij TikTok, vraagt de systeembeheerder of er via het schoolnetwerk is gepost, en wijst De Vries op Meldknop.nl. #step: dader-opsporen #rating: goed]
  ~ offline = true
  ~ poster_bekend = true
  Goed. Het platform, de systeembeheerder of de politie kunnen een onbekende dader soms achterhalen; dat is niet aan jou. Meldknop.nl helpt met melden bij het platform. # feedback
  Twee dagen later: de clip is offline. De systeembeheerder ziet dat @3b_chaos werd aangemaakt via de schoolwifi, met het schoolaccount van Jurre.
+ [Je laat de mentor alle telefoons van 3B innemen en doorzoeken tot het account gevonden is. #step: dader-opsporen #rating: fout]
  ~ te_ver = true
  ~ vertrouwen -= 1
  Telefoons van leerlingen doorzoeken gaat te ver: het schendt hun privacy en zet de hele klas tegen je op. Opsporen doen politie, systeembeheerder of platform. # feedback
  Na een uur is er niets gevonden. Bij drie ouders gaat de telefoon al. De clip staat nog online.
+ [Je reageert onder de clip vanaf het schoolaccount: "Verwijder dit filmpje direct!" #step: dader-opsporen #rating: fout]
  Zo geef je de clip juist meer aandacht en komen er nog meer reacties. Meld de clip liever bij het platform en laat zoeken over aan wie dat kan. # feedback
  Onder je reactie verschijnen tweehonderd nieuwe reacties. De clip gaat nog harder rond.
- -> routes

=== routes ===
De Vries zit weer tegenover je.
En nu? Wat gebeurt er met Ilias en Jurre? # speaker: de-vries

+ [Je besluit dat de jongens geschorst moeten worden en mailt de teamleider dat alvast. #step: vervolgstappen #rating: fout]
  ~ vertrouwen -= 1
  Je kiest over zijn hoofd heen, en meteen voor de zwaarste stap. Vraag eerst wat de klager wil en adviseer dan. # feedback
+ [Je zegt: "Het zijn pubers. Laat het maar even uitrazen, dan is het zo vergeten." #step: vervolgstappen #rating: fout]
  ~ vertrouwen -= 1
  Zo laat je hem alleen staan. Bij sociale media is snel handelen juist belangrijk, omdat een clip zich steeds verder verspreidt. # feedback
+ [Je legt de mogelijke stappen uit: een gesprek met de leerlingen, bemiddeling, hoor en wederhoor door de schoolleiding of de klachtencommissie. Je vraagt wat hij zelf wil. #step: vervolgstappen #rating: goed]
  ~ vertrouwen += 1
  Goed. Je geeft hem overzicht en laat de keuze bij hem, met jouw advies erbij. Bij online klachten mag je daarbij actief adviseren. # feedback
  Hij kiest voor een gesprek met de leerlingen en hun mentor, met de teamleider erbij.
- -> rol

=== rol ===
Wat doe jij hierin, en wat niet?

+ [Je spreekt af wat jouw rol is, biedt aan mee te gaan naar het gesprek en vertelt dat er ook een externe vertrouwenspersoon is. #step: rol-afspreken #rating: goed]
  ~ vertrouwen += 1
  Goed. Duidelijke afspraken over je rol geven houvast. Noem ook de externe vertrouwenspersoon, voor als hij liever iemand van buiten school spreekt. # feedback
+ [Je zegt: "Laat het maar aan mij over. Jij hoeft nergens meer bij te zijn." #step: rol-afspreken #rating: matig]
  Goedbedoeld, maar je neemt de zaak over. De Vries blijft de klager; hij beslist mee over wat er gebeurt. # feedback
+ [Je zegt dat hij altijd mag binnenlopen en rondt het gesprek af. #step: rol-afspreken #rating: fout]
  Zo blijft vaag wie wat doet. Spreek concreet af wat jij doet, wanneer, en of je meegaat. # feedback
- -> veiligheid

=== veiligheid ===
Morgen heeft hij het derde uur weer 3B. Ik zie er als een berg tegen op. # speaker: de-vries

+ [Je vraagt de teamleider om morgen in 3B een strenge preek te houden, zonder het met De Vries te overleggen. #step: veiligheid #rating: matig]
  Een gesprek in de klas kan helpen, maar alleen als de klager dat wil. Maatregelen spreek je samen af, niet over iemands hoofd heen. # feedback
+ [Je vraagt wat hij nodig heeft om weer voor de klas te staan, en regelt dat met de teamleider: de mentor het eerste kwartier erbij, en een kort gesprek in de klas als hij dat wil. #step: veiligheid #rating: goed]
  ~ veilig = true
  Goed. Vraag wat nodig is om weer veilig aan het werk te kunnen, en regel het samen met de leiding. Houd daarna in de gaten of het ook gebeurt. # feedback
+ [Je zegt: "Gewoon lesgeven alsof er niets gebeurd is. Dan zien ze dat het je niet raakt." #step: veiligheid #rating: fout]
  Je vraagt niet wat hij nodig heeft. Zo staat hij er morgen alleen voor, tegenover de klas die hem filmde. # feedback
- -> bewijs

=== bewijs ===
Collega's sturen hem de clip door. "Heb je dit al gezien?" # speaker: de-vries

+ [Je adviseert: maak screenshots van de clip, de link en de reacties met datum en tijd, stuur niets door en meld de reacties ook bij het platform. #step: adviezen #rating: goed]
  ~ offline = true
  Goed. Bewijs bewaren is nodig om een dader te achterhalen en voor een eventuele aangifte. Doorsturen verspreidt de clip alleen maar verder. # feedback
+ [Je zet de clip in de app van het team, zodat iedereen weet wat er speelt. #step: adviezen #rating: fout]
  ~ vertrouwen -= 1
  Zo verspreid je de clip zelf verder. Bewaar bewijs, maar deel het niet; collega's informeer je zonder het filmpje. # feedback
+ [Je raadt hem aan al zijn eigen accounts te verwijderen en er niet meer naar te kijken. #step: adviezen #rating: matig]
  Afstand nemen kan goed doen, maar zonder bewijs wordt opsporen en melden lastig. Bewaar eerst screenshots, daarna kan hij blokkeren of zijn account sluiten. # feedback
- Dan laat hij je een reactie zien onder een kopie van de clip: "we weten waar jij woont ouwe". # discuss: Wanneer is een reactie onder een filmpje een zaak voor de politie, en wanneer niet?

+ [Je doet meteen aangifte tegen heel 3B, voor het filmen én voor de reactie. #step: strafbaar #rating: fout]
  ~ te_ver = true
  Dat schiet door. Stiekem filmen en online zetten is kwetsend en tegen de schoolregels, maar de politie is er voor strafbare feiten zoals de bedreiging. Overleg eerst en kies de juiste route per deel. # feedback
+ [Je zegt dat dit een bedreiging kan zijn en dus strafbaar. Je volgt het schoolprotocol en overlegt samen met hem met de wijkagent. #step: strafbaar #rating: goed]
  ~ vertrouwen += 1
  Goed. Bij een mogelijk strafbaar feit volg je het protocol en overleg je met de politie. Die kan beoordelen of aangifte zinvol is en helpen de schrijver te vinden. # feedback
  Agent Visser neemt de screenshots mee. Hij belt een week later: de reactie kwam van een volwassene uit het dorp, die is aangesproken.
+ [Je zegt: "Dat is gewoon stoerdoenerij van een puber. Niet op reageren." #step: strafbaar #rating: fout]
  ~ vertrouwen -= 1
  Een dreigende reactie is geen grap om weg te wuiven. Overleg met de politie: die kan beoordelen of het strafbaar is. # feedback
- -> nazorg

=== nazorg ===
Een week later. Het is rustig op de gang van 3B. # scene: gang

+ [Het lijkt opgelost. Je sluit het dossier. #step: nazorg #rating: fout]
  ~ vertrouwen -= 1
  Na één gesprek weet je niet of de afspraken werken. Blijf in contact en check hoe het gaat. # feedback
+ [Je vraagt de mentor van 3B een oogje in het zeil te houden. #step: nazorg #rating: matig]
  Fijn dat de mentor meekijkt, maar de nazorg voor De Vries is jouw taak als vertrouwenspersoon. Zoek hem zelf op. # feedback
+ [Je zoekt De Vries op: hoe gaat het, zijn de afspraken nagekomen, en voelt hij zich weer veilig? Je noemt de klachtencommissie als de school tekortschiet. #step: nazorg #rating: goed]
  ~ vertrouwen += 1
  Goed. Nazorg betekent nagaan of de maatregelen er echt zijn en of hij zich veilig voelt. Is hij ontevreden over de school, dan kan hij naar de klachtencommissie. # feedback
- {offline and vertrouwen >= 2: -> preventie}
- -> slot

=== preventie ===
Meneer El Amrani van de schoolleiding vraagt je langs te komen. # scene: kantoor
Wat kunnen we als school leren van deze week? # speaker: el-amrani

+ [Je zegt: "Dit was eenmalig. We doen pas iets als het weer gebeurt." #step: preventie #rating: fout]
  Wachten tot het opnieuw gebeurt, is geen preventie. Juist nu is het moment voor afspraken en voorlichting. # feedback
+ [Je adviseert duidelijke regels over filmen in de klas, lessen over cyberbaiting voor leerlingen en ouders, en dat je als vertrouwenspersoon bekender wordt. #step: preventie #rating: goed]
  Goed. Zonder afspraken over telefoons en sociale media kun je leerlingen moeilijk aanspreken. De vertrouwenspersoon mag de leiding daarover gevraagd en ongevraagd adviseren. # feedback
+ [Je stelt voor alle telefoons voortaan te verbieden en heel 3B een week na te laten blijven. #step: preventie #rating: matig]
  Regels over telefoons horen erbij, maar een groepsstraf treft ook wie niets deed. Koppel regels aan voorlichting. # feedback
- -> slot

=== slot ===
{
- offline and veilig and vertrouwen >= 3 and not te_ver:
  Ilias en Jurre bieden in het gesprek hun excuses aan. De clip is offline. De Vries staat weer met plezier voor 3B. # ending: De clip is offline en 3B biedt excuses aan
- te_ver:
  De ouders van drie leerlingen dienen een klacht in over hoe de school het aanpakte. De Vries voelt zich schuldig dat het zo groot werd. # ending: Ouders klagen over de aanpak
- offline:
  De clip is weg, maar De Vries meldt zich twee weken ziek. Hij zegt dat hij zich alleen voelde staan. # ending: De clip is weg, De Vries meldt zich ziek
- else:
  Kopieën van de clip blijven rondgaan. De Vries dient een klacht in bij de klachtencommissie. # ending: De clip gaat rond, klacht bij de klachtencommissie
}
-> END
