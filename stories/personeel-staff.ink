# id: personeel-staff
# title: Gewoon betrokken?
# mode: staff
# topic: personeel
# age: 12+
# minutes: 14
# summary: Een jonge collega post over "luie" leerlingen, volgt leerlingen op zijn privé-Instagram en appt ze 's avonds laat. Jij bent de vertrouwenspersoon. Waar ligt de grens?
# warning: Dit verhaal gaat over een docent die online de grenzen met leerlingen niet goed bewaakt. Er gebeurt niets seksueels.

VAR vertrouwen = 0
VAR beloofd = false
VAR meegelachen = false
VAR leiding = 0
VAR gelekt = false
VAR preventie = 0
VAR nazorg = 0

Maandag, grote pauze. De personeelskamer zit vol. # scene: personeelskamer
Meneer de Vries schuift zijn telefoon naar je toe. Het is de openbare Instagram van Meneer Hoekstra, de jonge docent gym en biologie.
Maandag overleefd 🍻 # speaker: hoekstra # channel: post
Eerst een foto uit een volle kroeg, bierglas omhoog. Dan een tweede story: de sporthal, een groep leerlingen van achteren. Je herkent de shirts van 3B.
Weer een uur naar luie 3B'ers gekeken. Zelfs een bal vangen is te veel gevraagd 🙄 # speaker: hoekstra # channel: post
Hij volgt trouwens half 3B. En ze volgen hem allemaal terug. # speaker: de-vries
Aan de tafel wordt gegrinnikt. "Hoekstra weer," zegt iemand. "Die is zelf nog half leerling."

+ [Je zegt hardop dat je dit niet oké vindt en dat je het met Hoekstra gaat bespreken. #step: eerste-opvang #rating: matig]
  Je neemt het serieus, dat is goed. Maar nu weet de hele personeelskamer ervan, en je trekt de zaak meteen naar je toe. Luister eerst rustig naar wie zich zorgen maakt. # feedback
  Na de pauze gaat het door de school: "De vertrouwenspersoon gaat Hoekstra aanpakken."
+ [Je neemt Meneer de Vries even apart en vraagt wat hem precies zorgen baart. Over een collega praat je niet aan de grote tafel. #step: eerste-opvang #rating: goed]
  Goed. Wie zich zorgen maakt, verdient een luisterend oor, en een rustige plek. Zo neem je de zorg serieus zonder dat het roddel wordt. # feedback
  Die leerlingen zijn veertien. Het is allemaal vast onschuldig, maar het zit me niet lekker. # speaker: de-vries
+ [Je lacht mee. "Ach, hij is jong. Wij deden vroeger ook gekke dingen." #step: eerste-opvang #rating: fout]
  ~ meegelachen = true
  Zo maak je de zorg van je collega klein, en in de personeelskamer hoort iedereen dat het kennelijk meevalt. Neem een signaal serieus, ook als het over een collega gaat. # feedback
  Meneer de Vries pakt zijn telefoon terug en zegt niets meer.
- -> lara

=== lara ===
Dinsdag, vijfde uur. Er wordt geklopt. # scene: kamer-vp # sfx: deur
Lara uit 3B staat in de deur, met Ties.
Ties zei dat u de vertrouwenspersoon bent. Ik wist niet eens dat we die hadden. # speaker: lara
Ties wacht op de gang. Lara pakt haar telefoon en laat berichten zien van Meneer Hoekstra, op zijn privé-Instagram.
nog wakker? 😄 morgen pieptest, niet vergeten hè # speaker: hoekstra # channel: chat
haha deze meme ben jij bij de pieptest 😂 # speaker: hoekstra # channel: chat
kom je zondag kijken bij mijn wedstrijd? paar van 3B komen ook 💪 # speaker: hoekstra # channel: chat
De tijden staan erbij. 23.14 uur. 23.40 uur. Zaterdagavond.
Hij is wel aardig, hoor. Maar het voelt raar. En op die foto van de luie 3B'ers sta ik ook. Als ik niet terug app, krijg ik dan een lager cijfer? # speaker: lara

+ [Je vraagt waarom ze zijn volgverzoek eigenlijk heeft geaccepteerd. #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Een logische vraag, maar het klinkt als een verwijt. Zij is veertien, hij is de volwassene. Het bewaken van de grens is zijn taak, niet die van haar. # feedback
  Lara haalt haar schouders op. Iedereen deed het toch, zegt ze zacht.
+ [Je zegt meteen dat ze hem moet ontvolgen en blokkeren. Dan is ze er vanaf. #step: eerste-opvang #rating: matig]
  Een praktisch advies, maar te vroeg. Zo mis je de rest van haar verhaal, en haar zorg over het cijfer. En het probleem ligt niet bij haar. # feedback
+ [Je laat haar uitpraten. Je zegt dat het goed is dat ze komt, dat haar gevoel telt en dat zij niets fout heeft gedaan. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je luistert, neemt haar serieus en haalt de schuld weg waar die niet hoort. Een leerling die over een docent komt praten, twijfelt vaak of ze wel mag klagen. # feedback
  Wat goed dat je komt. Dat het raar voelt, klopt. En of je terug appt, heeft niks met je cijfer te maken. # speaker: ik
- -> grens

=== grens ===
Je kijkt nog eens naar de berichten. Een docent die 's nachts leerlingen appt via zijn privé-account. Dat is over een grens. Maar welke? # channel: thought # discuss: Een docent appt leerlingen 's avonds laat over huiswerk en memes, via zijn eigen Instagram. Betrokken of te dichtbij? Waar ligt voor jullie de grens?

+ [Je vraagt open of er nog iets anders is gebeurd. Je legt uit dat je geheimhouding niet kunt beloven als er iets seksueels speelt; dat moet je dan melden. #step: meldplicht #rating: goed]
  Goed. Je bent eerlijk over wat je niet kunt beloven. Er is geen teken van seksueel contact, dus de meldplicht geldt hier niet. Zou dat wel zo zijn, dan meld je het meteen bij het bevoegd gezag. # feedback
  Nee, echt niet. Alleen dit. Het is gewoon... raar. # speaker: lara
  Dit gaat over professionele grenzen. Daar gaat de schoolleiding over. # channel: thought
+ [Je belooft dat alles wat ze vertelt tussen jullie blijft. Dan durft ze vast meer te zeggen. #step: meldplicht #rating: fout]
  ~ beloofd = true
  Goed bedoeld, maar dat kun je niet beloven. Bij seksuele grensoverschrijding door een medewerker geldt een meldplicht, ook voor jou. En ook nu wil je de schoolleiding erbij kunnen halen. # feedback
  Lara vertelt verder. Er is niets seksueels gebeurd, alleen dit. Maar je hebt haar nu iets beloofd.
+ [Je meldt het voor de zekerheid direct bij het bestuur, als vermoeden van seksueel grensoverschrijdend gedrag. #step: meldplicht #rating: matig]
  Alert zijn is goed. Maar de meldplicht geldt bij een vermoeden van seksueel contact, en daar wijst nu niets op. Zo'n melding kan een collega zwaar beschadigen. Dit gaat over professionele grenzen: dat is aan de schoolleiding. # feedback
  Het bestuur stuurt het terug naar Meneer El Amrani. Het heeft een dag gekost, en Lara weet van niets.
- -> wat_wil_lara

=== wat_wil_lara ===
Wat gebeurt er nu? Ik wil niet dat hij boos wordt. Ik wil gewoon dat het normaal wordt. # speaker: lara

+ [Je stelt voor met z'n drieën om tafel te gaan: Lara, Meneer Hoekstra en jij. Dan is het in één keer uitgepraat. #step: vervolgstappen #rating: matig]
  Een gesprek samen kan een route zijn, maar alleen als zij dat wil. Een leerling tegenover haar docent is geen gelijk gesprek. Leg de routes uit en laat haar kiezen. # feedback
  Lara schrikt. Dat durft ze echt niet. Ze wil dat de schoolleiding het doet, zonder haar naam.
+ [Je zegt dat je er een klacht bij de klachtencommissie van maakt. Dit moet officieel. #step: vervolgstappen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Je kiest de zwaarste route, voor een zaak die met een goed gesprek kan worden opgelost, en je vraagt niet wat Lara wil. Leg eerst alle routes uit. # feedback
  Lara wordt bleek. Ze wilde alleen dat het normaal werd. Ze vraagt of het ook kleiner kan. Dat kan: de schoolleiding praat met hem, zonder haar naam.
+ [Je legt de routes uit: een gesprek van de schoolleiding met Hoekstra, eventueel zonder haar naam, of een gesprek samen. En de klachtencommissie. Je vraagt wat zij wil. #step: vervolgstappen #rating: goed]
  Goed. Er is een aangeklaagde, dus de vervolgstappen liggen open. Zij kiest, jij adviseert. Bij een docent en een leerling is het verschil in macht groot: dat weeg je mee. # feedback
  Lara wil dat Meneer El Amrani met hem praat. Haar naam liever niet. Zelf wil ze hem niet spreken.
- -> rol

=== rol ===
{beloofd: Als je zegt dat je naar Meneer El Amrani wilt, kijkt Lara je aan. "Maar u zei dat het tussen ons bleef."}
{beloofd: Je legt uit waarom het nodig is. Ze knikt, maar haar blik is anders dan net.}
En wat doet u dan? # speaker: lara

+ [Je spreekt af wat jij doet: jij gaat naar Meneer El Amrani, zij hoeft er niet bij. Je zegt het tegen haar mentor als ze dat wil, en je noemt de externe vertrouwenspersoon. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Zij weet wat jij doet en met wie, en houdt zelf de regie. Bij de externe vertrouwenspersoon kan ze ook terecht, buiten de school om. # feedback
+ [Je zegt: "Ik regel het wel met Hoekstra. Collega onder collega's. Jij hoeft niks meer te doen." #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Zo neem je de zaak over en kies je een route die niet van jou is. Het gedrag van een medewerker is aan de schoolleiding. Spreek met Lara af wat jouw rol is. # feedback
+ [Je zegt dat ze altijd mag binnenlopen, en dat je kijkt wat je kunt doen. #step: rol-afspreken #rating: matig]
  Aardig, maar zo blijft vaag wat er gaat gebeuren. Lara gaat de deur uit zonder te weten wat je doet. Spreek het concreet af. # feedback
- { beloofd:
    ~ vertrouwen = vertrouwen - 1
  }
  -> kantoor

=== kantoor ===
Woensdag, bij Meneer El Amrani. # scene: kantoor
Hoekstra? Een topdocent. Leerlingen lopen met hem weg. # speaker: el-amrani
Kun jij hem niet even een tip geven, bij de koffie? Ik wil er geen zaak van maken. # speaker: el-amrani

+ [Je adviseert hem Hoekstra direct een officiële waarschuwing te sturen. Dan weet hij waar hij staat. #step: vervolgstappen #rating: fout]
  ~ leiding = 1
  Het gedrag moet stoppen, dat klopt. Maar een waarschuwing zonder dat hij zijn kant kon vertellen, slaat hoor en wederhoor over en maakt van een gesprek meteen een strafzaak. # feedback
  Meneer El Amrani stuurt de waarschuwing die middag. Hoekstra ontvolgt alle leerlingen, maar hij is woedend.
+ [Je legt uit dat dit bij de schoolleiding hoort. Je adviseert een rustig gesprek met hem, met hoor en wederhoor en duidelijke afspraken. Lara's naam alleen als zij dat goedvindt. #step: vervolgstappen #rating: goed]
  ~ leiding = 2
  Goed. Het gedrag van een medewerker bespreken is aan de schoolleiding, niet aan de vertrouwenspersoon. Eerst zijn kant horen, dan afspraken maken. # feedback
  Het gaat om hoe een collega met leerlingen omgaat. Dat gesprek hoort bij jou, niet bij mij. Ik sta naast de leerling. # speaker: ik
  Meneer El Amrani denkt even na. Dan knikt hij. Hij spreekt Hoekstra morgen: leerlingen ontvolgen, geen privéberichten, contact alleen via de schoolkanalen, en die post over 3B gaat offline.
+ [Je zegt het hem zelf bij de koffieautomaat. Informeel werkt vaak het best. #step: vervolgstappen #rating: matig]
  Informeel kan soms, maar zo krijgt de zaak geen afspraken en geen vervolg, en zit jij in twee rollen tegelijk. De schoolleiding moet hier het gesprek voeren. # feedback
  Donderdag zeg je het hem bij de koffie. Hij lacht. "Ik ben gewoon betrokken. Maar ik let erop, hoor."
- -> gym

=== gym ===
Donderdag, vlak voor de gymles. Lara staat bij je deur. # scene: gang
Ik heb zo gym. Wat als hij weet dat ik het was? # speaker: lara

+ [Je vraagt wat zij nodig heeft. Ze wil dat Ties naast haar blijft en dat je na de les even vraagt hoe het ging. Je regelt het met haar mentor en checkt het. #step: veiligheid #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Zij bepaalt wat ze nodig heeft om zich veilig te voelen. Jij regelt het met mentor en schoolleiding, en gaat na of het werkt. # feedback
+ [Je zegt dat ze zich geen zorgen hoeft te maken. Meneer Hoekstra is een professional. #step: veiligheid #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Zo stel je haar gerust zonder iets te regelen. Ze voelt zich niet veilig, en dat moet je serieus nemen. Vraag wat ze nodig heeft. # feedback
+ [Je regelt dat ze voorlopig bij een andere gymgroep meedoet. Dan ziet ze hem niet. #step: veiligheid #rating: matig]
  Een maatregel, maar bedacht over haar hoofd heen. Ineens in een andere groep zitten valt juist op, en voelt als straf. Vraag eerst wat zij nodig heeft. # feedback
- -> hoekstra_komt

=== hoekstra_komt ===
Vrijdagmiddag. Meneer Hoekstra staat in je kamer. Hij doet de deur hard achter zich dicht. # scene: kamer-vp # sfx: deur
{leiding == 1: Ik krijg een officiële waarschuwing. Zonder dat iemand eerst met mij praat.|Ik hoor dat er over mij geklaagd is.} Bij jou zeker. Wie was het? # speaker: hoekstra
Ik doe toch niks verkeerd? Ik ben gewoon betrokken. Meer dan de meeste collega's. # speaker: hoekstra

+ [Je zegt kort dat je er niets over kunt zeggen en vraagt hem te gaan. #step: rol-afspreken #rating: matig]
  Geen namen noemen is juist. Maar zo hoort hij alleen een dichte deur. Een collega over wie gemeld is, verdient ook een respectvol gesprek over wat jouw rol is. # feedback
  Hij loopt boos weg. Op de gang hoor je hem iets zeggen over "klikkende leerlingen".
+ [Je laat hem uitpraten en neemt hem serieus. Je noemt geen namen. Je legt uit dat jij naast wie meldt staat, en dat hij de afspraken met de schoolleiding maakt. #step: rol-afspreken #rating: goed]
  Goed. Respectvol en helder: je bent geen rechter en geen verdediger van hem, en wie meldt blijft beschermd. Betrokkenheid is waardevol; de vorm moet anders. # feedback
  Hij zucht. Ik wilde gewoon een leuke docent zijn. Misschien heb ik dat verkeerd aangepakt. # speaker: hoekstra
+ [Je zegt dat het om Lara ging. Dan kan hij het zelf met haar goedmaken. #step: rol-afspreken #rating: fout]
  ~ gelekt = true
  Zo geef je de naam van een leerling prijs aan de docent over wie ze meldde. Dat is onveilig voor haar, en niemand durft daarna nog bij jou te komen. # feedback
  Hij knikt langzaam. Je ziet dat hij het onthoudt.
- -> roddel

=== roddel ===
Een week later, in de personeelskamer. # scene: personeelskamer
{meegelachen: Sinds die maandag wordt er over Hoekstra vrij gepraat. Het is een vast grapje geworden.}
Een collega van wiskunde buigt zich over de tafel.
"Heb je het gehoord? Hoekstra heeft een klacht aan zijn broek. Vast van een meisje uit 3B. Die Lara hangt altijd bij hem rond."
Het wordt stil aan tafel. Iedereen kijkt naar jou.

+ [Je glimlacht: "Ik mag niks zeggen. Maar je zit niet ver weg." #step: veiligheid #rating: fout]
  ~ gelekt = true
  Een knipoog is ook een antwoord. Nu weet de hele tafel om wie het gaat, en dat verhaal bereikt 3B vroeg of laat. # feedback
+ [Je zegt niets en loopt met je koffie weg. #step: veiligheid #rating: matig]
  Je doet niet mee, dat is goed. Maar zwijgen laat het gesprek doorgaan. Eén zin is genoeg om het te stoppen. # feedback
  Achter je gaat het gesprek verder.
+ [Je zegt vriendelijk maar duidelijk: over leerlingen en collega's praten we hier niet. Wie zich zorgen maakt, kan bij jou of de schoolleiding terecht. #step: veiligheid #rating: goed]
  Goed. Roddel kan Lara aanwijzen en Hoekstra beschadigen, nog voor er iets is vastgesteld. Zo bescherm je allebei. # feedback
  Hier praten we niet over leerlingen, en niet over Hoekstra als hij er niet bij is. Maak je je zorgen, kom dan bij mij langs. # speaker: ik
  De collega kijkt betrapt. Meneer de Vries knikt je toe.
- -> preventie_gesprek

=== preventie_gesprek ===
Twee weken later. Je zit weer bij Meneer El Amrani. # scene: kantoor
{leiding > 0: Hoekstra heeft zijn account op privé gezet en alle leerlingen ontvolgd. Hij stuurt alleen nog berichten via de schoolapp.|Hoekstra volgt nog steeds leerlingen. Na die koffie is er niets veranderd.}
Nou, dat is dan klaar. Of moeten we hier nog iets mee? # speaker: el-amrani
Een goede vraag. Hoekstra is niet de enige die dit nooit heeft geleerd. # channel: thought # discuss: Mag een docent leerlingen volgen op zijn privé-Instagram? En wat als de leerling hem eerst volgt? Wie stelt hier de regels op?

+ [Je zegt dat het nu is opgelost. Bij een volgend geval pak je het weer net zo op. #step: preventie #rating: fout]
  Achteraf blussen is geen beleid. Zonder afspraken over social media kan de school niemand aanspreken, en het volgende geval is al onderweg. # feedback
+ [Je adviseert een gedragscode voor sociale media, samen met het team gemaakt. Begin met een teamavond met het spel Gedragen Gedrag. En lessen voor leerlingen en een ouderavond over online grenzen. #step: preventie #rating: goed]
  ~ preventie = preventie + 1
  Goed. Zonder afspraken kun je niemand op zijn gedrag aanspreken. Afspraken die het team zelf maakt, worden beter nageleefd. En leerlingen en ouders leren waar de grens ligt. # feedback
  Meneer El Amrani plant een studiemiddag. {leiding == 2: Hoekstra vraagt of hij mee mag denken.}
+ [Je adviseert een verbod: personeel mag leerlingen op geen enkel platform meer volgen of berichten. Klaar. #step: preventie #rating: matig]
  Een duidelijke regel, maar opgelegd zonder het team. Dan zoekt iedereen de randen op, en blijven vragen liggen: een groepsapp voor een schoolreis, een leerling die jou volgt. Maak de afspraken samen. # feedback
  Het verbod komt in een mail. In de personeelskamer wordt er hard om gelachen.
- En dat Lara niet wist dat er een vertrouwenspersoon is. Hoe kan dat? # speaker: el-amrani

+ [Je hangt een poster op bij je kamer. Wie je zoekt, vindt je daar. #step: preventie #rating: matig]
  Een poster is een begin. Maar alleen wie al langs je kamer loopt, ziet hem. Stel je ook voor in klassen, op ouderavonden, in de nieuwsbrief en online. # feedback
+ [Je zegt dat het in de schoolgids staat. Wie het wil weten, kan het opzoeken. #step: preventie #rating: fout]
  In de schoolgids kijkt bijna niemand. Lara vond je via een vriend, bij toeval. Maak jezelf actief bekend, op veel plekken tegelijk. # feedback
+ [Je stelt je voor in de klassen en op de ouderavond. Er komen posters met je gegevens, een stukje in de nieuwsbrief, en je staat op de website en de sociale media van school. #step: preventie #rating: goed]
  ~ preventie = preventie + 1
  Goed. Een vertrouwenspersoon die niemand kent, helpt niemand. Hoe vaker leerlingen, ouders en collega's je gezicht zien, hoe eerder ze komen. # feedback
- -> nazorg_gesprek

=== nazorg_gesprek ===
Een maand later. Het is rustig. Lara is niet meer langs geweest. # scene: kamer-vp

+ [Je zoekt Lara op en vraagt hoe het gaat. Je checkt bij Meneer El Amrani of de afspraken met Hoekstra lopen, en vertelt Lara over de klachtencommissie, voor als het niet goed gaat. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Goed. Nazorg is nagaan of de afspraken werken en of ze zich veilig voelt. En ze weet waar ze terechtkan als de school niet genoeg doet. # feedback
+ [Het is rustig, dus je sluit het dossier. Lara weet je te vinden. #step: nazorg #rating: fout]
  Rustig is niet hetzelfde als goed. Een leerling die over een docent klaagde, komt niet snel uit zichzelf terug. Houd zelf contact. # feedback
+ [Je vraagt haar mentor om een oogje in het zeil te houden. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij houden is goed. Maar de nazorg hoort ook bij jou: spreek Lara zelf, check de afspraken en wijs op de klachtencommissie. # feedback
- -> einde

=== einde ===
{
  - gelekt:
    -> einde_lekt
  - leiding == 0:
    -> einde_niets
  - preventie < 2:
    -> einde_half
  - leiding == 2 && vertrouwen >= 2 && nazorg >= 1:
    -> einde_team
  - else:
    -> einde_wringt
}

=== einde_team ===
Op de studiemiddag speelt het team Gedragen Gedrag. Het wordt een felle, goede discussie. # scene: personeelskamer
Er ligt nu een gedragscode voor sociale media, door het team zelf gemaakt. Hoekstra heeft er hardop aan meegedacht.
In 3B heb je je voorgesteld. Twee leerlingen kwamen daarna langs, over heel andere dingen.
Lara zit weer gewoon bij gym. {nazorg == 2: Toen je haar vorige week sprak, zei ze: "Het is weer normaal."|Haar mentor zegt dat het goed gaat.} # ending: Grenzen helder, team op één lijn
-> END

=== einde_half ===
Hoekstra appt geen leerlingen meer. Voor Lara is het weer normaal. # scene: personeelskamer
{leiding == 1: Maar Hoekstra voelt zich overvallen door die waarschuwing. Hij doet wat moet, en verder niets.}
Verder is er weinig veranderd. Er zijn geen afspraken die het team samen heeft gemaakt, en niemand weet precies wat mag.
Een maand later zet een andere collega een filmpje uit de klas op TikTok. Niemand weet of dat mag. # ending: Hoekstra past zich aan, het team niet
-> END

=== einde_wringt ===
Er komt een gedragscode voor sociale media, en het team praat er samen over. # scene: personeelskamer
{leiding == 1: Maar Hoekstra voelt zich nog steeds overvallen door die waarschuwing. Bij de teamavond zegt hij niets.}
{vertrouwen < 2 || nazorg == 0: Lara zie je alleen nog op de gang. Ze groet, maar komt niet meer langs. Of het echt goed met haar gaat, weet je niet.|Lara zegt dat het weer normaal is bij gym.}
De regels staan. Het vertrouwen moet nog groeien. # ending: Nieuwe afspraken, maar het wringt nog
-> END

=== einde_niets ===
Hoekstra volgt nog steeds half 3B. Om elf uur 's avonds komen er nog steeds berichtjes. # scene: gang
Lara heeft hem ontvolgd. Nu is ze bang dat hij het merkt.
{vertrouwen >= 1: Ze komt nog één keer bij je langs. "Er is toch niks veranderd."|Bij jou komt ze niet meer.} # ending: Er verandert niets
-> END

=== einde_lekt ===
Het gerucht bereikt 3B binnen een week: Lara heeft Meneer Hoekstra "verraden". # scene: sporthal
Een paar klasgenoten praten niet meer met haar. Bij gym staat ze alleen.
Hoekstra is correct tegen haar, maar kijkt haar niet meer aan.
Lara's ouders dienen een klacht in bij de klachtencommissie, over hoe de school met haar melding omging. # ending: Lara wordt aangewezen
-> END
