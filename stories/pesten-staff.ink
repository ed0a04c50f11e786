# id: pesten-staff
# title: Jesse komt met screenshots
# mode: staff
# topic: pesten
# age: 12+
# minutes: 14
# summary: Jesse uit 2B wordt buitengesloten in een groepsapp en kreeg een 2 van een anoniem rating-account. Hij komt met zijn moeder bij jou, de vertrouwenspersoon. Wat doe je, en wat als het na drie weken opnieuw begint?
# warning: Dit verhaal gaat over online pesten en buitensluiten van een leerling. Je kunt altijd stoppen.
# pair: pesten-student

VAR vertrouwen = 0
VAR moeder = 0
VAR escalatie = false
VAR klassengesprek = false
VAR beschuldigd = false
VAR bewijs = false
VAR afspraken = false
VAR nazorg = 0
VAR klacht = false
VAR preventie = false
VAR snel = false

Donderdagochtend, tweede uur. Er wordt geklopt. # scene: kamer-vp # sfx: deur
Jesse uit 2B staat in de deuropening met zijn moeder. Jij bent de vertrouwenspersoon. Zijn moeder heeft geprinte screenshots bij zich.
Kijkt u maar. Dit gaat al weken zo. # speaker: moeder-jesse
Het is een groepsapp: "2B zonder Jesse". Bijna de hele klas zit erin. Jesse niet.
wie gaat er mee naar de kermis? niet jesse natuurlijk 😂 # speaker: groep-2b # channel: chat
Kian heeft er weer een gemaakt hahaha # speaker: groep-2b # channel: chat
Daaronder een sticker: het hoofd van Jesse op een pinguïn, van een foto die stiekem bij gym is gemaakt.
En een screenshot van het Instagram-account 2b.rating:
Jesse: 2/10. Zelfs een filter kan hier niks meer aan doen. # speaker: rating-2b # channel: post
Jesse kijkt naar de tafel. Zijn moeder praat voor hem door.

+ [Je leest de screenshots door met zijn moeder en zegt meteen dat je vandaag nog de mentor belt. Dan kan het snel stoppen. #step: eerste-opvang #rating: matig]
  Snel handelen is bij online pesten belangrijk. Maar je praat nu over Jesse heen en komt met een oplossing voordat je zijn verhaal kent. # feedback
+ [Je vraagt zijn moeder even te wachten. Je vraagt Jesse zelf te vertellen wat er gebeurt en hoe dat voor hem is, en zegt dat het goed is dat hij gekomen is. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Jesse is de klager: laat hem zijn eigen verhaal vertellen en neem het serieus. Zijn moeder krijgt daarna ook de ruimte. # feedback
  Wat fijn dat je er bent, Jesse. Vertel maar, in je eigen woorden. # speaker: ik
+ [Je zegt: "Heel vervelend. Maar groepsapps zijn vaak flauw. Als Jesse niet reageert, waait het meestal vanzelf over." #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  ~ moeder = moeder - 1
  Zo maak je het kleiner dan het is. Buitensluiten en uitlachen doet pijn, ook online, en online gaat het snel rond. Neem de klacht eerst serieus. # feedback
  De moeder van Jesse kijkt je fel aan. Jesse zegt een tijd niets meer.
- Jesse vertelt zacht. Iemand uit de klas stuurde hem de screenshots; wie, zegt hij niet. Sinds twee weken zit hij in de pauze alleen.
-> wie

=== wie ===
Wie zitten hierachter, Jesse? # speaker: ik
Romy heeft de groep gemaakt. Kian maakt die stickers. En dat rating-account... iedereen zegt dat dat ook Kian is. # speaker: jesse
Natuurlijk is het Kian. Die jongen doet dit al sinds de brugklas. # speaker: moeder-jesse

+ [Je gaat ervan uit dat 2b.rating ook van Kian is. Hij maakte de stickers al, en de hele klas zegt het. #step: aangeklaagde #rating: fout]
  ~ beschuldigd = true
  Begrijpelijk dat je het verband ziet. Maar een gerucht is geen bewijs. Wie iemand zonder grond aanwijst, maakt het gesprek met hem lastiger en de onrust groter. # feedback
+ [Je zegt dat bijna heel 2B in de groep zit. Je houdt het daarom op de klas als geheel, zonder namen. #step: aangeklaagde #rating: matig]
  Dat veel leerlingen meedoen, klopt. Maar van Romy en Kian is bekend wat ze deden. Stel vast wie de aangeklaagden zijn, dan kunnen de vervolgstappen beginnen. # feedback
+ [Je zet op een rij wat vaststaat: Romy maakte de groep, Kian de stickers. Wie achter 2b.rating zit, weet niemand zeker. Daar wijs je Kian niet als dader aan. #step: aangeklaagde #rating: goed]
  Goed. Voor de groep en de stickers zijn de aangeklaagden bekend. Voor het anonieme account niet: daar blijft het bij opvang, tips en een melding bij het platform. # feedback
- -> politie

=== politie ===
Ik wil dat ze allemaal geschorst worden. De hele groep. En vanmiddag ga ik naar de politie. Dit is toch strafbaar? # speaker: moeder-jesse # discuss: Wanneer wordt online pesten iets voor de politie? Waar ligt voor jou de grens tussen een zaak voor school en een strafbaar feit?

+ [Je erkent haar boosheid. Je legt uit dat pesten in een groepsapp eerst een zaak van de school is. Samen kijk je of er bedreigingen in staan; dan overleg je wel met de politie. #step: strafbaar #rating: goed]
  ~ moeder = moeder + 1
  Goed. Je neemt haar zorg serieus en houdt de verhouding. Dit pesten pakt de school aan; bij bedreiging of een ander strafbaar feit overleg je met de politie. # feedback
  Er staan geen bedreigingen in. Wel veel gemene dingen. # channel: thought
  Over straffen beslist de teamleider, als hij ook Romy en Kian heeft gehoord. # speaker: ik
  Goed dan. Maar ik wil wel zien dat er iets gebeurt. # speaker: moeder-jesse
+ [Terwijl zij erbij zit, bel je wijkagent Visser. Als de politie in 2B langskomt, snapt iedereen dat het menens is. #step: strafbaar #rating: fout]
  ~ escalatie = true
  ~ moeder = moeder + 1
  Dat voelt daadkrachtig, maar het is te zwaar. Een pestgroep zonder bedreigingen is eerst een zaak voor school. Een agent in de klas zet vooral Jesse in de schijnwerpers. # feedback
  Agent Visser belooft dat hij deze week even bij 2B langsgaat. Jesse wordt bleek.
+ [Je zegt dat schorsen en aangifte niet aan jou zijn. Dat moet ze met de teamleider bespreken. #step: strafbaar #rating: matig]
  ~ moeder = moeder - 1
  Klopt, schorsen beslist de schoolleiding. Maar je kunt haar wel uitleggen wanneer iets voor de politie is, en waarom dit eerst een zaak van school is. # feedback
- -> routes

=== routes ===
Ik wil gewoon dat het stopt. Maar ik wil niet dat iedereen weet dat ik hier was. # speaker: jesse

+ [Je stelt voor dat Mevrouw Jansen in de mentorles met heel 2B praat. Dan hoort iedereen tegelijk dat dit niet kan. #step: vervolgstappen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  ~ klassengesprek = true
  ~ escalatie = true
  Een klassengesprek kan helpen, maar alleen als Jesse dat wil. Hij zei net dat hij niet wil dat iedereen het weet. Nu kies jij voor hem. # feedback
  Jesse schudt zijn hoofd. Zijn moeder vindt het juist een goed idee.
+ [Je raadt aan meteen een klacht in te dienen bij de klachtencommissie. Dan ligt alles officieel vast. #step: vervolgstappen #rating: matig]
  De klachtencommissie is een route, maar een zware om mee te beginnen, en het duurt lang. Leg eerst alle routes uit en laat Jesse kiezen. # feedback
+ [Je legt de routes uit: een gesprek van de teamleider met Romy en Kian, een gesprek met de rest van de groep, bemiddeling, hoor en wederhoor, de klachtencommissie. Je vraagt wat Jesse wil en geeft advies. #step: vervolgstappen #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je legt alle wegen uit en Jesse kiest. Jouw advies helpt, maar neemt het niet over. # feedback
- Jesse kiest: Meneer El Amrani praat apart met Romy en Kian, en de groep moet weg. Een gesprek met Romy erbij wil hij misschien later, nu niet.
-> rol

=== rol ===
En wat doet u dan precies? U bent toch ook van school? # speaker: moeder-jesse

+ [Je legt uit dat jij er voor Jesse bent: je gaat mee naar de teamleider als hij dat wil en je houdt contact. Je noemt ook de externe vertrouwenspersoon, van buiten de school. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  ~ moeder = moeder + 1
  Goed. Je rol is helder en Jesse houdt zelf de regie. Wie liever iemand van buiten school heeft, kan bij de externe vertrouwenspersoon terecht. # feedback
+ [Je zegt: "Laat het maar aan mij over. Ik regel het met de teamleider, jullie hoeven niets meer te doen." #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Goed bedoeld, maar zo neem je de zaak over. Jesse weet niet wat er gaat gebeuren en heeft geen regie meer. Spreek af wat jouw rol is. # feedback
+ [Je zegt dat Mevrouw Jansen het als mentor verder oppakt. Zij kent de klas het best. #step: rol-afspreken #rating: matig]
  De mentor is belangrijk. Maar zo blijft vaag wat jij nog doet, en Jesse hoort niets over de externe vertrouwenspersoon. # feedback
- -> bewijs_knot

=== bewijs_knot ===
Zal ik al die screenshots naar u appen? Dan heeft u ze ook. En moet Jesse niet gewoon van Instagram af? # speaker: moeder-jesse

+ [Je raadt aan 2b.rating te melden en te blokkeren, en de screenshots weg te gooien. Jesse hoeft die dingen niet steeds te zien. #step: adviezen #rating: matig]
  Melden en blokkeren is goed. Maar zonder screenshots is er straks geen bewijs, ook niet als het opnieuw begint. Bewaar ze op een plek waar Jesse ze niet steeds ziet. # feedback
+ [Je adviseert dat zij de screenshots zelf bewaren, met datum en wie wat stuurde. Jesse meldt 2b.rating bij Instagram en blokkeert het. Op Meldknop.nl staat wat ze nog meer kunnen doen. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Het bewijs is nodig voor de gesprekken met Romy en Kian, en als het opnieuw begint. Een anoniem account meld je bij het platform. # feedback
+ [Je laat haar alles naar je appen, ook de stickers. Je zet ze door in de app van de docenten van 2B, zodat iedereen ziet waar het om gaat. #step: adviezen #rating: fout]
  ~ bewijs = true
  ~ escalatie = true
  Zo gaan de spotplaatjes van Jesse juist verder rond, nu bij collega's. Het bewijs bewaart Jesse zelf. Collega's moeten weten wat er speelt; ze hoeven het niet te zien. # feedback
  Een dag later houdt een docent in 2B de sticker omhoog: "Dit soort dingen wil ik hier niet zien." De klas kijkt naar Jesse.
- -> gesprek

=== gesprek ===
Vrijdag. Meneer El Amrani spreekt vandaag Romy en Kian. In de personeelskamer loopt hij het met je door. # scene: personeelskamer
Ik heb 2B het derde uur. Zal ik alle telefoons innemen en die groep even doorlopen? Dan zie je meteen wie wat stuurde. # speaker: de-vries
Hoe zou jij het aanpakken? # speaker: el-amrani

+ [Je adviseert hem Romy en Kian apart te spreken en hun kant te horen. Afspraken: de groep gaat weg, geen nieuwe groepen, ouders worden ingelicht. Over 2b.rating mag hij Kian iets vragen, niet beschuldigen. #step: vervolgstappen #rating: goed]
  ~ afspraken = true
  Goed. Dit is de route die Jesse koos: een gesprek met de aangeklaagden, met hoor en wederhoor en heldere afspraken. In telefoons van leerlingen zoeken hoort daar niet bij. # feedback
+ [Je vindt het idee van Meneer de Vries goed. Als alle telefoons op tafel liggen, kan niemand meer iets ontkennen. #step: vervolgstappen #rating: fout]
  ~ escalatie = true
  Telefoons innemen en erin zoeken is te zwaar en schendt de privacy van leerlingen. Heel 2B weet dan ook meteen dat Jesse bij jou was. Het bewijs ligt er al. # feedback
  Het derde uur liggen alle telefoons van 2B op het bureau. Iedereen kijkt naar Jesse.
+ [Je stelt voor dat Romy en Kian meteen moeten nablijven. Een gesprek levert toch alleen smoesjes op. #step: vervolgstappen #rating: matig]
  Dat ze erop worden aangesproken, is terecht. Maar zonder hun kant te horen en zonder afspraken stopt pesten zelden. Hoor en wederhoor hoort erbij. # feedback
- { afspraken:
    Romy noemt het eerst een grapje. Daarna verwijdert ze de groep, waar Meneer El Amrani bij is. Kian zegt dat hij niets met 2b.rating te maken heeft.
  - else:
    Romy en Kian mopperen. Romy zegt tegen haar vriendinnen dat Jesse "gewoon niet tegen een grapje kan".
  }
{ beschuldigd:
    Kians vader belt boos op. Zijn zoon wordt zonder bewijs aangewezen als de maker van 2b.rating.
}
-> veilig

=== veilig ===
Maandag houdt Mevrouw Jansen je aan in de gang. # scene: gang
{ klassengesprek:
    Ik ga morgen in de mentorles met 2B over pesten praten, zoals je voorstelde. Jesse hoeft er niet bij te zijn. # speaker: jansen
  - else:
    Ik wil morgen in de mentorles met 2B over pesten praten. Ze moeten weten dat dit niet kan. Jesse hoeft er niet bij te zijn. # speaker: jansen
}

+ [Je spreekt met Mevrouw Jansen af dat Jesse voortaan vooraan zit, vlak bij de docent. Dan kan niemand hem iets doen. #step: veiligheid #rating: matig]
  Praktisch bedoeld, maar bedacht over zijn hoofd heen. Vooraan moeten zitten kan als straf voelen. Vraag Jesse wat hij nodig heeft. # feedback
+ [Je zegt dat Jesse geen klassengesprek wil. Samen met Mevrouw Jansen vraag je Jesse wat hij nodig heeft om zich veilig te voelen. Over een week check je of het lukt. #step: veiligheid #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Jesse bepaalt wat hij nodig heeft; mentor en teamleider regelen het, en jij checkt of het gebeurt. # feedback
  Niet met Romy in een groepje. En dat ik bij u mag zitten in de pauze als het niet gaat. # speaker: jesse
+ [Je vindt het een goed plan. Als Jesse er niet bij is, merkt hij er weinig van, en de klas leert ervan. #step: veiligheid #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  ~ escalatie = true
  Ook zonder Jesse in de klas weet iedereen over wie het gaat. Zo zet je hem toch in de schijnwerpers. Vraag eerst wat hij nodig heeft om zich veilig te voelen. # feedback
- -> week

=== week ===
Een week later. # scene: kamer-vp
De groep "2B zonder Jesse" bestaat niet meer. Op 2b.rating verschijnt niets nieuws.
Jesse is deze week niet langsgekomen.

+ [Het is rustig en de groep is weg. Je sluit het dossier. Jesse weet je te vinden. #step: nazorg #rating: fout]
  ~ nazorg = 0
  Rustig is nog niet veilig. Pesten kan terugkomen in een andere vorm, en een leerling die gepest wordt, meldt dat niet vanzelf opnieuw. Houd zelf contact. # feedback
+ [Je vraagt Mevrouw Jansen om Jesse in de gaten te houden. Zij ziet hem elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij halen is goed. Maar nazorg hoort ook bij jou: spreek Jesse zelf en check of de afspraken worden nagekomen. # feedback
+ [Je zoekt Jesse op en spreekt een vast moment af, om de week. Je vraagt Mevrouw Jansen en Meneer El Amrani of de afspraken worden nagekomen, en je belt zijn moeder kort. #step: nazorg #rating: goed]
  ~ nazorg = 2
  ~ moeder = moeder + 1
  Goed. Nazorg is contact houden en nagaan of de maatregelen werken. Pesten komt vaak terug in een andere vorm. # feedback
- -> drie_weken

=== drie_weken ===
Drie weken later. # scene: kamer-vp
{ nazorg == 2 && vertrouwen >= 3:
    ~ snel = true
    -> terug_snel
  - else:
    -> terug_laat
}

=== terug_snel ===
Donderdag, eerste pauze. Bij jullie vaste moment komt Jesse binnen en doet de deur dicht. # sfx: deur
Ze zijn weer begonnen. Het heet nu anders. # speaker: jesse
Hij laat een screenshot zien dat hij gisteravond kreeg. Een nieuwe groep: "2B echte". Dezelfde stickers, bijna dezelfde mensen.
hij zit er toch niet in he 😂 # speaker: groep-2b # channel: chat
{ escalatie:
    pas op wat je zegt, de verklikker leest mee 🐀 # speaker: groep-2b # channel: chat
}
Ik zei toch dat het niks zou helpen. # speaker: jesse # discuss: De afspraken hielden maar drie weken. Heeft de school gefaald, of hoort dit bij hoe pesten gaat? Wat verwacht je van een school als het opnieuw begint?

+ [Je zegt Jesse dat je het regelt, en je mailt Meneer El Amrani dat hij Romy en Kian moet aanspreken. Je hoort wel wat eruit komt. #step: nazorg #rating: matig]
  Je zet het in gang, maar Jesse weet niet wat er gebeurt en jij volgt het niet. Vraag wat hij nodig heeft en ga mee. # feedback
+ [Je bedankt Jesse dat hij het meteen vertelt. Je vraagt wat hij nu nodig heeft en gaat met hem naar Meneer El Amrani. Die spreekt Romy en Kian vandaag nog, nu met hun ouders erbij. #step: nazorg #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. De maatregelen hielden geen stand, dus moet de school opnieuw en sneller handelen, met Jesse erbij. Online pesten verspreidt zich snel: wachten maakt het erger. # feedback
+ [Je zegt dat het nu vast snel overwaait, want iedereen weet dat de school meekijkt. Jesse kan beter even afwachten. #step: nazorg #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  ~ snel = false
  De afspraken zijn gebroken, en afwachten laat Jesse er alleen mee staan. Nazorg betekent juist opnieuw in actie komen als maatregelen niet werken. # feedback
- Aan het eind van de middag belt zijn moeder. # sfx: trillen
Drie weken. Langer hield het niet. Ik heb geen vertrouwen meer in hoe deze school het aanpakt. # speaker: moeder-jesse
-> commissie

=== terug_laat ===
Vrijdagmiddag belt de moeder van Jesse. Ze is woedend. # sfx: trillen
Jesse zit al vier dagen thuis met buikpijn. Vanochtend vond ik waarom. Er is een nieuwe groep: "2B echte". # speaker: moeder-jesse
hij zit er toch niet in he 😂 # speaker: groep-2b # channel: chat
{ escalatie:
    En nu noemen ze hem ook nog "de verklikker". Sinds die toestand in de klas. # speaker: moeder-jesse
}
Niemand van school heeft iets gemerkt. Niemand heeft ons gebeld. # speaker: moeder-jesse

+ [Je zegt dat Jesse maandag echt weer naar school moet komen. Hoe langer hij thuisblijft, hoe moeilijker terugkomen wordt. #step: nazorg #rating: fout]
  ~ moeder = moeder - 1
  Terugkomen is belangrijk, maar Jesse blijft thuis omdat het op school niet veilig voelt. Zo leg je de last bij hem. Eerst moet de school zorgen dat het weer veilig is. # feedback
+ [Je zegt dat je het doorgeeft aan Mevrouw Jansen en Meneer El Amrani. Zij nemen contact met haar op. #step: nazorg #rating: matig]
  Doorgeven is nodig, maar zo blijf je zelf op afstand. Nazorg is ook jouw taak: spreek Jesse zelf en houd vinger aan de pols. # feedback
+ [Je zegt eerlijk dat het niet goed is gegaan, en dat jij ook contact had moeten houden. Je stelt voor om Jesse vandaag nog te spreken, thuis of op school, om te horen wat hij nodig heeft. #step: nazorg #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  ~ moeder = moeder + 1
  Goed. De maatregelen werkten niet, en dat erken je. Nazorg is nu: opnieuw contact, horen wat Jesse nodig heeft en samen met de school opnieuw handelen. # feedback
- Het is even stil aan de lijn.
Ik heb geen vertrouwen meer in hoe deze school het aanpakt. # speaker: moeder-jesse
-> commissie

=== commissie ===
Ik wil dat iemand van buiten hiernaar kijkt. Kan dat eigenlijk? # speaker: moeder-jesse # discuss: Een ouder wil naar de klachtencommissie. Voelt dat als een aanval op de school, of hoort het erbij? Wat betekent dat voor jouw rol als vertrouwenspersoon?

+ [Je erkent dat de maatregelen niet hebben gewerkt. Je legt uit dat ze een klacht kan indienen bij de klachtencommissie en hoe dat gaat. Jij of de externe vertrouwenspersoon kan helpen bij het opschrijven. #step: nazorg #rating: goed]
  ~ klacht = true
  ~ moeder = moeder + 1
  Goed. Werken de maatregelen niet en is de klager ontevreden over de school, dan wijs je op de klachtencommissie. Dat is geen nederlaag, maar een recht van de klager. # feedback
+ [Je vraagt haar dat niet te doen. Een klacht maakt alles groter, en Jesse heeft juist rust nodig. Geef de school nog één kans. #step: nazorg #rating: fout]
  ~ moeder = moeder - 1
  Begrijpelijk dat je het binnen de school wilt oplossen. Maar de klager heeft recht op de klachtencommissie, en het is jouw taak die weg te noemen. Zeker nu de maatregelen niet werkten. # feedback
+ [Je zegt dat ze haar ongenoegen het best bij Meneer El Amrani kan melden. Hij gaat over de maatregelen. #step: nazorg #rating: matig]
  De schoolleiding aanspreken kan. Maar de moeder is juist ontevreden over hoe de school het aanpakt. Noem de klachtencommissie als route buiten de schoolleiding om, en bied hulp aan. # feedback
- -> preventie_knot

=== preventie_knot ===
Een maand later vraagt Meneer El Amrani je op zijn kantoor. # scene: kantoor
Wat moeten we anders doen, zodat dit niet weer gebeurt? Niet alleen in 2B. # speaker: el-amrani

+ [Je adviseert dat mentoren voortaan meelezen in alle klassenapps. Dan zien ze pesten meteen. #step: preventie #rating: fout]
  Het klinkt alert, maar docenten horen niet mee te lezen in privéchats van leerlingen. Leerlingen maken dan gewoon een nieuwe groep. Voorkomen doe je met lessen, afspraken en een bekende vertrouwenspersoon. # feedback
+ [Je adviseert een brief aan alle ouders dat pesten op school niet wordt getolereerd. #step: preventie #rating: matig]
  Ouders betrekken is goed, maar een brief alleen verandert weinig. Combineer het met lessen en afspraken in de klas, en laat leerlingen weten waar ze terechtkunnen. # feedback
+ [Je adviseert lessen over online pesten en groepsapps in alle tweede klassen, afspraken per klas over groepsapps, een ouderavond, en de vertrouwenspersoon bekend maken in de klassen, de nieuwsbrief en op de website. #step: preventie #rating: goed]
  ~ preventie = true
  Goed. Preventie is meer dan regels: lessen, afspraken die leerlingen zelf mee maken, ouders erbij, en weten waar je terechtkunt. # feedback
- -> einde

=== einde ===
{
  - escalatie:
    -> einde_verklikker
  - not klacht:
    -> einde_thuis
  - snel && bewijs && afspraken && not beschuldigd:
    -> einde_gesteund
  - else:
    -> einde_commissie
}

=== einde_gesteund ===
Romy en Kian zaten met hun ouders bij Meneer El Amrani. De screenshots met datum lagen op tafel; ontkennen ging niet. # scene: kamer-vp
Nog dezelfde dag was "2B echte" weg. Een week later wilde Jesse toch een gesprek met Romy, met jou erbij. Ze bood haar excuses aan.
Zijn moeder weet nu de weg naar de klachtencommissie. Ze heeft die niet nodig gehad.
{ preventie: Na de zomer krijgen alle tweede klassen lessen over groepsapps.|In een andere tweede klas is intussen een nieuwe "rating"-pagina opgedoken. }
Jesse zit in de pauze weer bij twee jongens uit zijn klas. Om de week zie je hem nog even. # ending: Gestopt, en Jesse voelt zich gesteund
-> END

=== einde_commissie ===
De moeder van Jesse heeft een klacht ingediend bij de klachtencommissie{snel:, ook al pakte de school het de tweede keer sneller op}. # scene: kantoor
{ bewijs:
    De screenshots met datum helpen de commissie om te zien wat er gebeurde en wanneer.
  - else:
    Veel screenshots zijn weg. De commissie moet het vooral doen met wat mensen zich herinneren.
}
{ moeder >= 3:
    Ze zegt erbij dat haar klacht niet over jou gaat, maar over hoe de school het aanpakte.
  - else:
    Met jou wil ze niet meer praten. Ze laat zich helpen door de externe vertrouwenspersoon.
}
{ beschuldigd:
    Ook de vader van Kian heeft geklaagd: zijn zoon werd zonder bewijs aangewezen als de maker van 2b.rating.
}
De commissie hoort beide kanten. Haar advies: vaste nazorg, en sneller ingrijpen als pesten terugkomt. De schoolleiding neemt het over.
{ not preventie: Maar verder verandert er op school weinig. In een andere tweede klas duikt een nieuwe "rating"-pagina op. }
Het duurt weken voor er echt rust komt in 2B. Jesse gaat weer naar school, maar hij lacht minder dan vroeger. # ending: Pas via de klachtencommissie komt er rust
-> END

=== einde_thuis ===
{ snel:
    "2B echte" is na het tweede gesprek met Romy en Kian verdwenen. Maar het vertrouwen van de moeder van Jesse is ook weg. # scene: thuis
    Ze weet niet waar ze met haar boosheid naartoe kan. Niemand wees haar de weg.
  - else:
    "2B echte" blijft bestaan. Er komen nieuwe stickers bij. # scene: thuis
    Jesse zit steeds vaker thuis. Zijn moeder weet niet meer waar ze met haar boosheid naartoe kan.
}
Ze meldt Jesse af. Na de kerstvakantie gaat hij naar een andere school. # ending: Het vertrouwen is weg: Jesse verlaat de school
-> END

=== einde_verklikker ===
Iedereen in 2B weet dat Jesse naar de vertrouwenspersoon is gegaan. # scene: kantine
Melden was juist goed. Maar de aanpak van de school was te groot en te zichtbaar{klassengesprek:, zeker het klassengesprek}. Zo kwam Jesse in de schijnwerpers.
{ klacht:
    Zijn moeder heeft een klacht ingediend bij de klachtencommissie. Dat loopt nog.
  - else:
    Zijn moeder praat niet meer met de school.
}
In "2B echte" heet hij nu "de verklikker". Hij eet alleen in de kantine. # ending: Jesse is nu "de verklikker"
-> END
