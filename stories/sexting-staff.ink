# id: sexting-staff
# title: Eén foto, achtentwintig telefoons
# mode: staff
# topic: sexting
# age: 12+
# minutes: 14
# summary: Een naaktfoto van Noor uit 3 havo staat in de Snapchat-groep van haar klas. Jij bent de vertrouwenspersoon. Wat doe je, en wat laat je juist?
# warning: Dit verhaal gaat over een naaktfoto van een leerling die tegen haar wil wordt doorgestuurd. Er staan geen beelden in.
# pair: sexting-student

VAR vertrouwen = 0
VAR beeld = false
VAR verspreid = 0
VAR politie = false
VAR nazorg = 0
VAR klas_al = false

Woensdag, kwart over acht. Mevrouw Jansen, mentor van 3H, staat met haar jas aan in je kamer. # scene: kamer-vp # sfx: deur
Ik kreeg gisteravond laat een bericht van Sara. # speaker: jansen
Mevrouw, er staat een foto van Noor in de klassenchat. Zo een foto. Milan heeft hem erin gezet. Ze is helemaal kapot. # speaker: sara # channel: chat # sfx: ping
Noor en Daan uit 4 havo zijn afgelopen weekend uit elkaar gegaan. Daan zou de foto naar Milan hebben gestuurd. # speaker: jansen
Sara heeft de foto nog. Zal ik vragen of ze hem naar jou stuurt? Dan weet je waar het over gaat. # speaker: jansen

+ [Sara mag hem sturen. Je moet weten wat er rondgaat voor je Noor spreekt, en je verwijdert hem meteen daarna. #step: adviezen #rating: fout]
  ~ beeld = true
  ~ verspreid += 1
  Je wilt voorbereid zijn, maar zo laat je een leerling een naaktfoto van een minderjarige doorsturen, naar jou. Bewijs: namen en tijden, nooit het beeld zelf. # feedback
+ [Je zegt dat je de foto niet wilt zien. Niemand van school vraagt erom, bewaart hem of stuurt hem door. Noor mag vandaag bij je komen, met Sara als ze wil. #step: adviezen #rating: goed]
  Goed. Het gaat om een naaktfoto van een minderjarige: die vraag je niet op, ook niet als bewijs. Wat je wel nodig hebt, zijn namen, tijden en de groep waarin hij staat. # feedback
+ [Je wilt de foto niet op je telefoon. Wel vraag je Jansen om via Sara te horen wat er precies op staat, zodat je weet hoe ernstig het is. #step: adviezen #rating: matig]
  Je haalt het beeld niet binnen, dat is goed. Maar details zijn niet nodig: dat het een naaktfoto van een leerling is, zegt genoeg. Elk gesprek over wat erop staat, schendt Noors privacy verder. # feedback
- -> noor

=== noor ===
Tweede uur. Noor zit tegenover je, Sara naast haar. Noor houdt haar mouwen over haar handen. # scene: kamer-vp
{ beeld:
    Sara kijkt naar haar schoenen. Zij heeft de foto vanochtend naar jou gestuurd.
}
Iedereen heeft het gezien. Ik durf de klas niet meer in. # speaker: noor # discuss: Noor stuurde de foto zelf, alleen aan Daan. Verandert dat iets aan wie hier over een grens ging?

+ [Je zegt vriendelijk dat je haar niet veroordeelt. Maar ze kan hier wel iets van leren: een foto die je verstuurt, ben je kwijt. #step: eerste-opvang #rating: fout]
  ~ vertrouwen -= 1
  Het klinkt als een goede les, maar Noor hoort: het is mijn eigen schuld. Daan heeft haar vertrouwen beschaamd en Milan heeft de foto verspreid. Bij de eerste opvang hoort geen verwijt. # feedback
  Noor zegt een hele tijd niets meer. Sara legt een hand op haar arm.
+ [Je wilt haar snel helpen. Je pakt pen en papier en vraagt meteen in welke groepen de foto allemaal staat. #step: eerste-opvang #rating: matig]
  Snelheid is belangrijk bij online klachten. Maar zo sla je het luisteren over, en mis je hoe het met Noor gaat. Eerst haar verhaal, dan de lijstjes. # feedback
+ [Je zegt dat het goed is dat ze er is. Je laat haar in haar eigen tempo vertellen en zegt duidelijk: wie de foto doorstuurt, doet iets fout, niet zij. #step: eerste-opvang #rating: goed]
  ~ vertrouwen += 1
  Goed. Je luistert en legt de schuld niet bij haar. Een foto in vertrouwen sturen aan een leeftijdsgenoot is niet strafbaar; doorsturen tegen haar wil wel. # feedback
  Ik dacht dat ik hem kon vertrouwen. Twee maanden waren we samen. # speaker: noor
- -> wie

=== wie ===
Daan heeft hem gisteravond naar Milan gestuurd. Om te laten zien, zei hij. En Milan zette hem in de 3H chat. # speaker: noor
In de groep zitten achtentwintig mensen. Ik zag dat hij ook in een groep van 4 havo stond. Wie hem daar heeft gezet, weet ik niet. # speaker: sara

+ [Je schrijft op wat vaststaat: Daan stuurde de foto door, Milan zette hem in de groep, dinsdagavond. Wie hem in de groep van 4 havo zette, is nog niet bekend. Dat houd je apart. #step: aangeklaagde #rating: goed]
  ~ vertrouwen += 1
  Goed. Daan en Milan zijn bekend, dus vervolgstappen tegen hen zijn mogelijk. De andere groep zoek je niet zelf uit; dat kan via de politie. # feedback
+ [Je vraagt Noor en Sara een lijst te maken van iedereen die de foto misschien heeft opgeslagen of doorgestuurd. Dan kun je die allemaal aanspreken. #step: aangeklaagde #rating: fout]
  ~ verspreid += 1
  Zo laat je Noor klasgenoten aanwijzen op een vermoeden. Dat is oneerlijk en legt een zware taak bij haar. Stel vast wat zeker is: wie stuurde en wie plaatste. # feedback
  Sara schrijft zes namen op. Twee daarvan weet ze eigenlijk niet zeker.
+ [Je richt je op Milan, want hij zette de foto in de groep. Daan stuurde hem maar naar één vriend. #step: aangeklaagde #rating: matig]
  Milan heeft hem inderdaad verspreid. Maar Daan stuurde de foto als eerste door, zonder dat Noor dat wilde. Ook dat is strafbaar, en het begon bij hem. # feedback
- -> routes

=== routes ===
Ik wil gewoon dat hij overal weg is. En ik wil Daan nooit meer zien. # speaker: noor
Wat gaat er nu gebeuren? Krijgen ze straf? # speaker: sara

+ [Je stelt voor dat Noor en Daan onder jouw leiding samen om tafel gaan. Dan kan hij sorry zeggen en de foto waar zij bij is verwijderen. #step: vervolgstappen #rating: fout]
  ~ vertrouwen -= 1
  Bemiddeling kan een route zijn, maar alleen als Noor dat zelf wil. Ze zei net dat ze Daan nooit meer wil zien. En één foto verwijderen haalt de kopieën niet terug. # feedback
  Noor schudt haar hoofd. Met hem in één kamer? Nee.
+ [Je zegt dat dit zo ernstig is dat de school het verder overneemt. Wat er met Daan en Milan gebeurt, hoort ze later. #step: vervolgstappen #rating: matig]
  Het is ernstig, en de school moet handelen. Maar je slaat over wat Noor zelf wil. Leg de routes uit, geef advies en laat haar kiezen. # feedback
+ [Je legt de routes uit: een gesprek van de schoolleiding met Daan en Milan, bemiddeling, hoor en wederhoor, de klachtencommissie en aangifte bij de politie. Je vraagt wat Noor wil en geeft je advies. #step: vervolgstappen #rating: goed]
  ~ vertrouwen += 1
  Goed. Noor hoort welke wegen er zijn en kiest zelf. Jij adviseert: omdat doorsturen strafbaar is, is overleg met de politie hier verstandig. # feedback
  Noor wil dat de schoolleiding met Daan en Milan praat. Zelf wil ze hen niet spreken.
- -> rol

=== rol ===
Mijn moeder weet nog van niks. Ze wordt woest. # speaker: noor

+ [Je spreekt af wat jij doet: meegaan naar Meneer El Amrani, haar moeder samen met haar bellen als ze dat wil, en zorgen dat de juiste mensen het weten. Je noemt ook de externe vertrouwenspersoon. #step: rol-afspreken #rating: goed]
  ~ vertrouwen += 1
  Goed. Je rol is helder en Noor houdt de regie. Bij de externe vertrouwenspersoon kan ze ook terecht, buiten de school om. # feedback
  Noor belt haar moeder zelf, met jou ernaast.
+ [Je zegt: "Laat alles maar aan mij over. Ik bel je moeder wel en ik regel de rest." #step: rol-afspreken #rating: fout]
  ~ vertrouwen -= 1
  Goed bedoeld, maar zo neem je de zaak van Noor over. Spreek af wat jouw rol is en wat zij zelf wil doen. # feedback
  Je belt de moeder van Noor. Noor zit erbij en zegt niets.
+ [Je zegt dat ze altijd bij je mag binnenlopen, en dat ze zelf kan kiezen wanneer ze het thuis vertelt. #step: rol-afspreken #rating: matig]
  Beschikbaar zijn is fijn, maar zo blijft je rol vaag. Spreek concreet af wat je doet, of je meegaat en wanneer jullie elkaar zien. Noem ook de externe vertrouwenspersoon. # feedback
  Noor knikt, maar je ziet dat ze niet weet wat nu.
- -> smit

=== smit ===
Grote pauze. In de personeelskamer komt Meneer Smit op je af. # scene: personeelskamer
Ik heb 3H het vierde uur. Alle telefoons op tafel, en ik kijk wie die foto nog heeft. Dan weten we hoe erg het is. # speaker: smit
Zo'n foto moet gewoon weg. Daar zijn toch regels voor? # speaker: smit # discuss: Mag een docent telefoons innemen en doorzoeken als er een naaktfoto van een leerling rondgaat? Waar ligt de grens tussen ingrijpen en te ver gaan?

+ [Je vindt het een goed plan, als Meneer El Amrani erbij is. Zo'n foto moet van de telefoons af, en dan weet je ook wie hem heeft opgeslagen. #step: strafbaar #rating: fout]
  ~ beeld = true
  ~ verspreid += 1
  Het lijkt daadkrachtig, maar zo bekijken volwassenen op school een naaktfoto van een minderjarige. Telefoons doorzoeken is geen taak van de school; de politie kan helpen de foto te laten verwijderen. # feedback
  Achtentwintig telefoons gaan langs Smit en El Amrani. Aan het eind van de dag weet heel 3 havo het.
+ [Je zegt dat niemand telefoons doorzoekt of de foto bekijkt; dat is aan de politie. Je vraagt Smit er in de les niets over te zeggen tot er een afspraak met de klas is. #step: strafbaar #rating: goed]
  Goed. Het gaat om een naaktfoto van een minderjarige: die bekijk en verzamel je als docent niet. Je volgt het schoolprotocol en laat de politie beoordelen wat er moet gebeuren. # feedback
  Smit zucht, maar knikt. Ik hoop dat het snel gaat. # speaker: smit
+ [Je zegt dat hij de telefoons in zijn les mag innemen, zodat er niets wordt doorgestuurd, maar dat niemand erin kijkt. #step: strafbaar #rating: matig]
  ~ verspreid += 1
  Telefoons weg tijdens de les is op zich gewoon. Maar nu gebeurt het om deze foto, en de klas weet meteen waarom. Dat zet Noor in het middelpunt; het onderzoek hoort bij de politie. # feedback
  Na het vierde uur weet heel 3H waarom de telefoons op tafel moesten.
- -> moeder

=== moeder ===
Aan het eind van de middag belt de moeder van Noor. # scene: kamer-vp # sfx: trillen
Ik wil dat die Daan en die Milan van school gaan. En iedereen in die groep die het heeft bekeken, wil ik ook gestraft zien. # speaker: moeder-noor
{ beeld:
    En ik hoor dat er docenten zijn die de foto hebben gezien. Klopt dat? # speaker: moeder-noor
}

+ [Je erkent haar boosheid en legt uit welke routes er zijn. Over straf beslist de schoolleiding. Wat Noor wil, telt zwaar mee. Je nodigt haar uit voor een gesprek samen met Noor, morgenochtend. #step: vervolgstappen #rating: goed]
  ~ vertrouwen += 1
  Goed. Je neemt de moeder serieus, bent eerlijk over wie wat beslist en houdt Noors wens in het midden. # feedback
+ [Je zegt toe dat Daan en Milan geschorst worden en dat de hele groep op gesprek moet. Dat is wel het minste. #step: vervolgstappen #rating: fout]
  ~ verspreid += 1
  Dit kun je niet beloven, en het is niet aan jou. Achtentwintig leerlingen op gesprek maakt het alleen groter, en Noor vroeg daar niet om. # feedback
  De volgende dag gaat het op school nergens anders meer over.
+ [Je zegt dat je zonder Noor niets over de zaak kunt vertellen. Dat moet ze met haar dochter bespreken. #step: vervolgstappen #rating: matig]
  ~ vertrouwen -= 1
  Je beschermt Noors vertrouwen, dat is goed. Maar Noor is minderjarig en haar moeder hoort er nu bij. Leg uit welke routes er zijn en stel een gesprek samen voor. # feedback
- -> politie_keuze

=== politie_keuze ===
Donderdagochtend zitten Noor en haar moeder bij je. Noor heeft slecht geslapen. # scene: kamer-vp
Hij staat nu ook op andere telefoons. Dat weet ik gewoon. # speaker: noor

+ [Je zegt dat ze zelf naar de politie kunnen gaan als ze aangifte willen doen. De school pakt intussen Daan en Milan aan. #step: strafbaar #rating: matig]
  Noor en haar moeder beslissen over aangifte, dat klopt. Maar volgens het protocol overlegt de school zelf met de politie, omdat er iets strafbaars is gebeurd. Laat hen dit niet alleen uitzoeken. # feedback
+ [Je legt uit dat doorsturen tegen haar wil strafbaar is, en dat het om een beeld van een minderjarige gaat. Volgens het protocol overleg je met jeugdagent Visser. Of er aangifte komt, kiezen Noor en haar moeder. #step: strafbaar #rating: goed]
  ~ politie = true
  Goed. Dit is geen zaak voor de school alleen. De politie kan beoordelen wat nodig is, helpen om de foto te laten verwijderen en met de doorstuurders praten. # feedback
  Noor en haar moeder willen eerst horen wat Agent Visser zegt.
+ [Je houdt het binnen de school. Daan en Milan verwijderen de foto waar El Amrani bij is. De politie erbij maakt het voor iedereen zwaarder. #step: strafbaar #rating: fout]
  Het voelt als rust, maar een naaktfoto van een minderjarige die rondgaat, is strafbaar en geen zaak voor de school alleen. Zonder politie zijn de kopieën bij anderen nog niet weg. # feedback
- -> splitsing

=== splitsing ===
{ politie:
    -> visser
  - else:
    -> zonder_politie
}

=== visser ===
Donderdagmiddag komt Agent Visser langs. Hij is jeugdagent in de wijk. # scene: kamer-vp
Ik praat met Daan en Milan en hun ouders. Snapchat kan ik vragen de foto te verwijderen. Wat hebben jullie al op papier? # speaker: wijkagent
{ beeld:
    Ik hoor dat ook volwassenen hier de foto op hun telefoon hebben gehad. Die moet daar meteen af. # speaker: wijkagent
}

+ [Je stelt voor dat Sara Agent Visser een screenshot van de groep stuurt. Dan ziet hij meteen wie de foto plaatste. #step: adviezen #rating: fout]
  ~ beeld = true
  Een screenshot van de groep laat ook de foto zelf zien. Dan gaat het beeld weer een telefoon verder. Bewijs is: wie stuurde wat, wanneer, zonder de foto. # feedback
  Visser schudt zijn hoofd. Liever niet. Namen en tijden zijn genoeg. # speaker: wijkagent
+ [Je zegt dat Noor de hele chat het beste kan wissen en Snapchat een tijdje van haar telefoon kan halen. Dan ziet ze het niet meer. #step: adviezen #rating: matig]
  Rust is belangrijk voor Noor, en uit de groep gaan mag. Maar eerst bewaart ze wie wat stuurde, met datum en tijd. Zonder dat bewijs is de zaak moeilijker. # feedback
+ [Je geeft hem wat je hebt: namen, dinsdagavond, de groepen. Je raadt Noor aan screenshots te bewaren van wie wat stuurde, zonder de foto erop. Ook wijs je haar op Helpwanted.nl, dat helpt beelden te laten verwijderen. #step: adviezen #rating: goed]
  ~ verspreid -= 1
  Goed. Met dit bewijs kan de politie verder, zonder dat het beeld opnieuw rondgaat. Helpwanted.nl helpt bij het weghalen van beelden. # feedback
- -> veiligheid

=== zonder_politie ===
Vrijdag komt Sara langs, buiten adem. # scene: gang
Hij staat nu ook in een groep van een andere school. Een meisje van hockey stuurde het me. Noor weet het nog niet. # speaker: sara
{ beeld:
    Iedereen zegt dat zelfs leraren hem hebben. # speaker: sara
}

+ [Je zegt tegen Sara dat ze het meisje moet vragen de foto te verwijderen. Meer kun je buiten school niet doen. #step: adviezen #rating: matig]
  ~ verspreid += 1
  Vragen om te verwijderen is een begin, maar je legt het bij Sara. Buiten de school kunnen de politie en Helpwanted.nl wel iets doen. Meld het daar. # feedback
+ [Je belt alsnog jeugdagent Visser, in overleg met Noor en haar moeder. Noor kan bewaren wie wat stuurde, zonder de foto, en Helpwanted.nl helpt bij het verwijderen. #step: adviezen #rating: goed]
  ~ politie = true
  Goed, al is het laat: de politie en Helpwanted.nl kunnen helpen de foto weg te krijgen. Bewijs: namen en tijden, nooit het beeld zelf. # feedback
+ [Je vraagt Sara het bericht van dat meisje naar je door te sturen, zodat je het aan de andere school kunt laten zien. #step: adviezen #rating: fout]
  ~ beeld = true
  ~ verspreid += 1
  Je wilt de andere school waarschuwen, maar zo stuurt een leerling jou een naaktfoto van een minderjarige. Die school heeft namen en tijden nodig, geen beeld; en de politie kan hier veel meer. # feedback
- -> veiligheid

=== veiligheid ===
Maandag. Noor komt weer naar school. Ze staat bij je deur, met Sara. # scene: gang
Ik zit in wiskunde naast Milan. En iedereen kijkt naar me. # speaker: noor

+ [Je laat Mevrouw Jansen het vandaag nog in de klas bespreken, met Noor erbij. Dan ziet iedereen dat de school achter haar staat. #step: veiligheid #rating: fout]
  ~ vertrouwen -= 1
  ~ klas_al = true
  Goed bedoeld, maar een klassengesprek waar ze zelf bij moet zitten, zet Noor nog meer in de schijnwerpers. Of er een gesprek komt en hoe, beslist zij. # feedback
  Noor staat halverwege het gesprek op en loopt de klas uit.
+ [Je regelt met El Amrani dat Milan voorlopig bij een andere wiskundeklas gaat zitten. Dan is dat opgelost. #step: veiligheid #rating: matig]
  Praktisch, maar bedacht zonder Noor te vragen wat ze nodig heeft. Vraag het haar en leg het vast met mentor en schoolleiding. # feedback
+ [Je vraagt wat ze nodig heeft om zich veilig te voelen. Je regelt het met Mevrouw Jansen en Meneer El Amrani, en checkt over een paar dagen of het loopt. #step: veiligheid #rating: goed]
  ~ vertrouwen += 1
  Goed. Noor bepaalt wat ze nodig heeft; jij zorgt dat mentor en schoolleiding het regelen en of het ook gebeurt. # feedback
  Niet meer naast Milan. Sara bij me. En de klas mag het weten, maar niet als ik erbij ben. # speaker: noor
- -> klas

=== klas ===
Dinsdag, het mentoruur van 3H. Mevrouw Jansen vraagt je te helpen. Noor is er niet bij. # scene: klaslokaal
{ klas_al:
    Na gisteren wil Jansen het nog één keer goed doen.
}
Wat zeg ik tegen ze? De helft heeft die foto gezien. # speaker: jansen # discuss: Wat zeg je tegen een klas die een naaktfoto van een klasgenoot heeft gezien, zonder haar nog meer te kijk te zetten?

+ [Samen met Jansen zeg je het zonder namen: doorsturen van een naaktfoto is strafbaar, verwijder alles en praat er niet over. Wie iets heeft doorgestuurd, kan bij jou komen. Je noemt Helpwanted.nl en jou als vertrouwenspersoon. #step: preventie #rating: goed]
  Goed. De klas hoort wat strafbaar is en wat ze nu kunnen doen, zonder dat Noor wordt genoemd of beschaamd. En iedereen weet waar hulp is. # feedback
  Na de les komen twee leerlingen naar je toe. Ze hebben de foto verwijderd en willen weten of ze nu in de problemen zitten.
+ [Jansen geeft een les over nooit naaktfoto's sturen, want kijk wat ervan komt. Zo leert de hele klas ervan. #step: preventie #rating: fout]
  ~ vertrouwen -= 1
  ~ verspreid += 1
  Iedereen weet over wie het gaat, dus de boodschap wordt: zij heeft het zelf gedaan. De fout lag bij wie doorstuurde. Dat, en hoe je helpt, is de les. # feedback
  In de pauze hoort Noor van de les. Ze gaat naar huis.
+ [Jansen zegt alleen dat er iets vervelends is gebeurd en dat iedereen alles moet verwijderen. Meer niet, om het klein te houden. #step: preventie #rating: matig]
  Kort houden beschermt Noor, maar de klas weet nu niet dat doorsturen strafbaar is of waar ze hulp kunnen vinden. Leg het kort uit, zonder namen. # feedback
- -> nazorg_keuze

=== nazorg_keuze ===
Drie weken later. Het is rustiger op school. Noor is al een tijdje niet langs geweest. # scene: kamer-vp
{ politie:
    Agent Visser heeft laten weten dat Snapchat de foto heeft verwijderd. Daan en Milan hebben met hem en hun ouders gesproken.
  - else:
    Of de foto nog ergens rondgaat, weet niemand zeker.
}

+ [Het is rustig en de foto is uit de groep. Je sluit het dossier. Noor weet je te vinden. #step: nazorg #rating: fout]
  Rustig is nog niet klaar. Zo'n foto kan maanden later weer opduiken, en Noor komt niet vanzelf. Houd zelf contact en check of de afspraken werken. # feedback
+ [Je vraagt Mevrouw Jansen een oogje in het zeil te houden. Zij ziet Noor elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De mentor erbij halen is goed. Maar nazorg hoort ook bij jou: spreek Noor zelf en wijs op de klachtencommissie als het niet goed loopt. # feedback
+ [Je plant een vast gesprek met Noor, vraagt Mevrouw Jansen of de afspraken nog lopen, en vertelt Noor over de klachtencommissie, voor als de school niet genoeg doet. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Goed. Nazorg is contact houden en nagaan of de maatregelen werken. Beelden kunnen later terugkomen; Noor weet nu waar ze dan terechtkan. # feedback
- -> einde

=== einde ===
{
  - politie && verspreid <= 0 && vertrouwen >= 3 && nazorg == 2:
    -> einde_steun
  - politie && verspreid <= 1 && vertrouwen >= 3:
    -> einde_terug
  - politie && verspreid <= 1:
    -> einde_alleen
  - else:
    -> einde_rond
}

=== einde_steun ===
Zes weken later zit Noor weer naast Sara in de klas. # scene: klaslokaal
De foto is uit de groepen verdwenen; via Helpwanted.nl zijn ook twee kopieën elders weggehaald.
Daan en Milan houden zich aan de afspraak met de schoolleiding: geen contact met Noor, ook niet online.
Om de twee weken drinkt Noor even thee bij je. Ze zegt dat het nog soms pijn doet, maar dat ze weet dat het niet haar schuld was. # ending: De foto is weg en Noor staat er niet alleen voor
-> END

=== einde_terug ===
De foto is van Snapchat gehaald. Daan en Milan hebben met de politie en de schoolleiding gesproken. Noor zit weer naast Sara. # scene: gang
Maar na de kerstvakantie duikt de foto op in een nieuwe groep. Iemand had hem toch bewaard.
{
  - nazorg == 2:
    Noor komt dezelfde dag naar je toe. Samen melden jullie het bij Agent Visser en Helpwanted.nl. Hij wordt weer weggehaald, maar voor Noor begint alles opnieuw.
  - nazorg == 1:
    Mevrouw Jansen merkt pas na een week dat Noor stiller is. Noor vertelde het aan Sara, niet aan jou.
  - else:
    Niemand van school weet dat het weer begonnen is. Noor dacht dat de zaak gesloten was.
}
Noor zit weer in de klas, maar ze kijkt vaker naar haar telefoon dan eerst. # ending: Gestopt, maar de foto komt terug
-> END

=== einde_alleen ===
De politie heeft met Daan en Milan gesproken en de foto is van Snapchat gehaald. Op papier is het opgelost. # scene: gang
{ beeld:
    Maar Noor weet dat volwassenen op school haar foto hebben gezien. Dat kan ze niet vergeten.
  - else:
    Maar Noor voelt zich door de school niet echt gehoord. Er is veel over haar beslist, en weinig met haar.
}
Ze komt niet meer bij je langs. Haar moeder overweegt een klacht bij de klachtencommissie over hoe de school het heeft aangepakt. # ending: De foto is weg, maar het vertrouwen ook
-> END

=== einde_rond ===
De foto gaat nog steeds rond. Hij dook op in een groep van een andere school, en later nog een keer in 4 havo. # scene: gang
{ politie:
    De politie doet wat kan, maar er zijn te veel kopieën gemaakt voordat er iets gebeurde.
  - else:
    Niemand heeft hem bij Snapchat of Helpwanted.nl gemeld. Wie hem heeft, houdt hem.
}
Noor is sinds twee weken ziek thuis. Haar moeder praat met een andere school. # ending: De foto blijft rondgaan en Noor blijft thuis
-> END
