# id: sexting-student
# title: Niet jouw foto
# mode: student
# topic: sexting
# age: 12+
# minutes: 14
# summary: Een naaktfoto van je vriendin Noor verschijnt in de Snapchatgroep van de klas. Wat doe jij?
# warning: Dit verhaal gaat over een naaktfoto die zonder toestemming wordt doorgestuurd. Er staan geen beelden in. Je kunt altijd stoppen.
# pair: sexting-staff

VAR snel = 0
VAR steun = 0
VAR doorgestuurd = false
VAR getoond = false
VAR ruzie = false
VAR verwijt = false
VAR geheim = false
VAR volwassene = false
VAR verteld = false
VAR meegelachen = false

Dinsdagavond, kwart voor tien. Je ligt op bed met je telefoon. # scene: thuis
Je zit in 3H. Noor en Sara zijn je beste vriendinnen in de klas.
Je telefoon trilt. Het is 3H chat, de Snapchatgroep van de klas. # sfx: trillen
yo kijk wat daan me net stuurde 👀 # speaker: milan # channel: chat # sfx: ping
In de groep staat: Milan heeft een snap gestuurd.
wacht... is dat NOOR?? # speaker: groep-3h # channel: chat
😳😳😳 # speaker: groep-3h # channel: chat
niet doorsturen he 🤫😂 # speaker: milan # channel: chat
Noor en Daan uit 4 havo zijn sinds het weekend uit elkaar. # channel: thought
Je hoeft de snap niet te openen. Je weet al wat erin staat. # channel: thought

+ [Je opent hem heel even. Misschien is het nep, en dan hoef je je nergens druk om te maken. #step: zelfzorg #rating: matig]
  Logisch dat je zeker wilt weten wat er aan de hand is. Maar je hoeft de foto niet te zien om te weten dat dit fout is. Echt of nep: Noor heeft hier geen ja op gezegd. # feedback
  Na één seconde druk je hem weg. Je wou dat je het niet had gedaan.
+ [Je opent de snap niet. Wat erin staat, is niet voor jou bedoeld. #step: zelfzorg #rating: goed]
  Goed. De foto was alleen voor Daan bedoeld. Niet kijken is ook een manier om Noor te beschermen. # feedback
+ [Je opent hem en laat je grote zus meekijken. Zij weet vast wat je moet doen. #step: zelfzorg #rating: fout]
  ~ getoond = true
  Hulp vragen aan je zus is een goed idee. Maar de foto laten zien is niet nodig: zo ziet weer iemand iets wat niet voor haar bedoeld was. Vertel wat er gebeurt, zonder de foto. # feedback
  Je zus kijkt weg. "Dat had je me niet moeten laten zien."
- -> groep

=== groep ===
De groep gaat maar door. # sfx: ping
haha relax het is maar een foto # speaker: milan # channel: chat
ze stuurde hem toch zelf 🤷 # speaker: groep-3h # channel: chat
wie heeft hem nog? bij mij is ie al weg # speaker: groep-3h # channel: chat
Al vijftien mensen hebben de snap geopend. Noor is offline. # channel: thought # discuss: "Ze stuurde hem toch zelf." Noor stuurde de foto vrijwillig, alleen aan Daan. Waar gaat het mis: bij het sturen, of bij het doorsturen?

+ [Je typt: "Milan, jij bent echt ziek. Wacht maar tot morgen, dan ben jij aan de beurt." #step: zelfzorg #rating: fout]
  ~ ruzie = true
  Je boosheid is heel logisch. Maar een dreigement maakt de ruzie groter, en het kan zich tegen jou keren. Zeg kort dat het niet oké is, en laat de rest aan volwassenen over. # feedback
  haha dreigen 😂 screenshot gemaakt # speaker: milan # channel: chat
+ [Je zegt niks in de groep. Als je nu iets zegt, ben jij morgen misschien het doelwit. #step: zelfzorg #rating: matig]
  Die angst is heel begrijpelijk. Maar als iedereen zwijgt, lijkt het alsof de hele klas het normaal vindt. Zeg het dan in elk geval tegen een volwassene. # feedback
+ [Je typt: "Dit is Noor. Dit is niet oké. Stuur het niet door." #step: zelfzorg #rating: goed]
  ~ snel = snel + 1
  Goed. Eén korte, duidelijke reactie laat zien dat niet iedereen meedoet. Dan durven anderen vaak ook iets te zeggen. # feedback
  dit is niet oké. stuur het niet door. # speaker: ik # channel: chat
  ja echt. niet normaal dit # speaker: groep-3h # channel: chat
  ok ok rustig 🙄 # speaker: milan # channel: chat
- -> sara

=== sara ===
Dan komt er een privébericht van Sara. # sfx: ping
heb je het gezien?? ik word hier zo misselijk van # speaker: sara # channel: chat
we moeten bewijs hebben als we naar school gaan # speaker: sara # channel: chat
ik heb de snap niet geopend. maak jij een screenshot van de foto en stuur je hem naar mij? # speaker: sara # channel: chat

+ [Je maakt een screenshot van de chat: Milans naam, de tijd en de reacties, maar niet de foto. Dan meld je Milan en de snap in Snapchat. #step: adviezen #rating: goed]
  ~ snel = snel + 1
  Goed. Bewijs is wie wat stuurde, wanneer en waar: de foto zelf heb je daar niet voor nodig. Door te melden kan Snapchat hem sneller weghalen. # feedback
  niet de foto. ik heb de chat gescreenshot, daar zie je wie het stuurde. en gemeld # speaker: ik # channel: chat
  slim. ok 👍 # speaker: sara # channel: chat
+ [Je doet niks. Snapchat wist de snap toch vanzelf. Straks is hij gewoon weg. #step: adviezen #rating: matig]
  Dat klinkt logisch, maar iedereen kan de foto al hebben opgeslagen. En zonder bewijs kunnen school en politie minder doen. Maak een screenshot van de chat, zonder de foto, en meld het. # feedback
  laat maar. snapchat wist hem toch # speaker: ik # channel: chat
+ [Je maakt een screenshot van de foto en stuurt hem naar Sara. Dan hebben jullie allebei bewijs voor school. #step: adviezen #rating: fout]
  ~ doorgestuurd = true
  Je wilt Noor helpen, dat is duidelijk. Maar een naaktfoto van een minderjarige bewaren of doorsturen is strafbaar, ook "als bewijs". Bewaar alleen wie het stuurde en wanneer, zonder de foto. # feedback
  Onder de snap verschijnt een melding in de groep: jij hebt een screenshot gemaakt. Iedereen kan het zien.
- -> noor

=== noor ===
Noor is nog steeds offline. Ze weet het waarschijnlijk nog niet. # channel: thought
moeten we het noor vertellen? of laten we haar eerst slapen # speaker: sara # channel: chat

+ [Je vertelt het haar vanavond niet. Misschien is het morgen weg, en hoeft ze het nooit te weten. #step: eerste-opvang #rating: matig]
  Je wilt haar pijn besparen, dat is lief. Maar ze hoort het toch, en dan misschien van iemand die het niet goed bedoelt. Hoe eerder ze het weet, hoe eerder ze hulp kan krijgen. # feedback
+ [Je stuurt Noor alleen: "heb je 3H al gezien??" Dan ziet ze het zelf. #step: eerste-opvang #rating: fout]
  ~ verteld = true
  Het is moeilijk om dit te moeten vertellen. Maar zo ziet ze het helemaal alleen, met alle reacties erbij. Vertel het haar liever zelf, en zeg dat je er voor haar bent. # feedback
+ [Je stuurt Noor: "Er gaat iets rond in 3H. Ik ben er voor je. Mag ik je bellen?" #step: eerste-opvang #rating: goed]
  ~ verteld = true
  ~ steun = steun + 1
  Goed. Zo hoort ze het van iemand die om haar geeft, en niet van een vreemde. Je laat meteen merken dat ze er niet alleen voor staat. # feedback
- -> bellen

=== bellen ===
{ verteld:
    Tien minuten later belt Noor.
  - else:
    Om elf uur belt Noor. Iemand uit 4 havo heeft haar een screenshot gestuurd.
}
Je hoort dat ze huilt.
Iedereen heeft het gezien. Iedereen. # speaker: noor
Ik heb hem alleen naar Daan gestuurd. Alleen naar hem. Hoe kan hij dit doen? # speaker: noor

+ [Je zegt: "Het waait vast snel over. Over een week praat niemand er meer over." #step: eerste-opvang #rating: matig]
  Je wilt haar geruststellen, dat is lief. Maar zo klinkt het alsof het niet zo erg is. Luister eerst, en zeg dat het niet haar schuld is. # feedback
+ [Je vraagt: "Maar waarom stuurde je hem ooit naar Daan? Je wist toch hoe hij is?" #step: eerste-opvang #rating: fout]
  ~ verwijt = true
  Je schrikt en wilt het snappen, maar zo'n vraag voelt als een verwijt. Een foto vrijwillig aan je vriend sturen is niet strafbaar; doorsturen zonder toestemming wel. De schuld ligt bij wie hem doorstuurde. # feedback
  Het blijft even stil. Dan zegt Noor zacht: "Dus jij vindt het ook mijn schuld."
+ [Je zegt: "Dit is niet jouw schuld. Daan en Milan doen iets heel fouts, jij niet." Dan laat je haar praten. #step: eerste-opvang #rating: goed]
  ~ steun = steun + 1
  Goed. Je luistert en je zegt wat ze nu het hardst nodig heeft: het ligt niet aan haar. Wie de foto doorstuurt, gaat over de grens. # feedback
- Noor snuift.
Zeg het tegen niemand, oké? Beloof het. Als mijn moeder dit hoort, gaat ze helemaal door het lint. # speaker: noor

+ [Je belooft het. Het is haar foto en haar leven. Zij beslist. #step: zelfzorg #rating: fout]
  ~ geheim = true
  Het voelt loyaal, en Noor mag zeker meebeslissen. Maar hoe langer geen volwassene het weet, hoe verder de foto kan gaan. Beloof dat je haar steunt, niet dat je zwijgt. # feedback
  Beloofd. # speaker: ik
+ [Je zegt: "Dat kan ik niet beloven. Maar ik doe niks achter je rug. Zullen we morgen samen naar Mevrouw Bakker gaan?" #step: zelfzorg #rating: goed]
  ~ snel = snel + 1
  ~ steun = steun + 1
  Goed. Dit is te groot om samen geheim te houden: de foto moet weg, en daar heb je volwassenen voor nodig. Je bent eerlijk en Noor beslist mee over hoe. # feedback
  Oké. Als jij meegaat. # speaker: noor
+ [Je belooft het. Maar na het gesprek vertel je het stiekem toch aan je vader. #step: zelfzorg #rating: matig]
  ~ volwassene = true
  Goed dat er nu een volwassene is die het weet. Maar een belofte breken achter haar rug kan haar vertrouwen kosten. Zeg liever eerlijk dat je dit niet geheim kunt houden. # feedback
  Je vader luistert. "Goed dat je het zegt," zegt hij. "Morgen moet school dit weten."
- -> milan

=== milan ===
Half twaalf. Je wilt gaan slapen. Dan komt er een privébericht van Milan. # sfx: ping
{ ruzie:
    jij dreigt mij? iedereen heeft je bericht al gezien hoor 😂 # speaker: milan # channel: chat
}
jij bent toch goed met noor. heb jij er nog meer van? 😏 # speaker: milan # channel: chat
of stuur zelf ook eens iets. of durf je niet # speaker: milan # channel: chat
Je wordt warm van woede. # channel: thought # discuss: Daan stuurde de foto naar Milan "alleen om even te laten zien". Is iets aan één vriend laten zien ook doorsturen? En wat doet druk als "durf je niet" met je?

+ [Je reageert niet. Je maakt een screenshot van zijn bericht, blokkeert Milan en meldt hem in Snapchat. #step: zelfzorg #rating: goed]
  ~ snel = snel + 1
  Goed. Je hoeft hier niks op te zeggen: iemand onder druk zetten om een foto te sturen is niet oké. Bewaar het, blokkeer en meld; op Meldknop.nl lees je wat je nog meer kunt doen. # feedback
+ [Je leest het, legt je telefoon weg en zegt er niks over. Hij wil gewoon aandacht. #step: zelfzorg #rating: matig]
  Niet reageren is slim. Maar hij zet jou onder druk, en dat hoef je niet te laten gaan. Maak een screenshot, blokkeer hem en meld het. # feedback
+ [Je stuurt terug: "Jij bent zo zielig. Morgen weet de hele school wat jij gedaan hebt." #step: zelfzorg #rating: fout]
  ~ ruzie = true
  Logisch dat je terug wilt slaan. Maar alleen online tegen hem ingaan maakt er een ruzie van, en hij kan jouw woorden tegen je gebruiken. Reageer niet, bewaar het bericht en vertel het aan een volwassene. # feedback
  succes ermee 😂 # speaker: milan # channel: chat
- -> wiskunde

=== wiskunde ===
Woensdag, eerste uur. Wiskunde bij Meneer Smit. # scene: klaslokaal # sfx: bel
Noors stoel is leeg. Die van Sara ook.
noor zit met mij op de wc bij de trap. ze durft de klas niet in # speaker: sara # channel: chat # sfx: trillen
Ik hoor dat er iets rondgaat in jullie groep. Een foto. # speaker: smit
Iedereen legt nu zijn telefoon op tafel, ontgrendeld. Ik wil zien hoe erg het is. # speaker: smit
Het wordt doodstil. # channel: thought

+ [Je legt je telefoon op tafel en opent de snap voor hem. Hij is een leraar, hij moet weten hoe erg het is. #step: adviezen #rating: fout]
  ~ getoond = true
  Je wilt dat een volwassene het serieus neemt, en dat is goed. Maar de foto laten zien helpt niemand, ook een leraar niet. Vertel wat er gebeurde en wie het stuurde: dat is genoeg. # feedback
  Meneer Smit kijkt. Dan kijkt hij snel weg en schuift je telefoon terug.
+ [Je steekt je vinger op: "Meneer, die foto moet juist niemand meer zien. Kan dit niet via Mevrouw Jansen of Mevrouw Bakker?" #step: adviezen #rating: goed]
  Goed. Ook een volwassene hoeft de foto niet te zien om te helpen. Hoe minder mensen hem zien, hoe beter voor Noor. # feedback
  Meneer Smit twijfelt. Dan knikt hij.
  Hm. Misschien heb je gelijk. # speaker: smit
+ [Je legt je telefoon op tafel, net als de rest. Je zegt niks. #step: adviezen #rating: matig]
  Doen wat een leraar zegt is logisch. Maar zo kijkt er straks misschien weer iemand naar de foto. Je mag vriendelijk zeggen dat dit via de mentor of de vertrouwenspersoon moet. # feedback
- Dan komt Mevrouw Jansen, jullie mentor, binnen. Na een gesprekje op de gang zegt Meneer Smit: "Telefoons weer in je tas. Mevrouw Bakker pakt dit op."
-> pauze

=== pauze ===
Pauze. Je vindt Noor en Sara bij de wc's bij de trap. # scene: gang # sfx: bel
Noors ogen zijn rood.
{ verwijt:
    Ze kijkt je bijna niet aan.
}
Mijn moeder zag me huilen. Nu weet ze het. Ze is zó boos. Ze wil dat iedereen van school wordt gestuurd. # speaker: noor
Ik wil gewoon naar huis. # speaker: noor

+ [Je zegt: "Laat het nou maar. Als je naar een leraar gaat, wordt het alleen maar groter." #step: zelfzorg #rating: fout]
  Je wilt Noor nog meer gedoe besparen, dat snap je. Maar zwijgen haalt de foto niet weg. Een volwassene kan juist helpen om hem te laten verwijderen. # feedback
  Noor knikt. Maar in het derde uur haalt Mevrouw Jansen haar en Sara toch uit de les. Ze gaan naar Mevrouw Bakker.
+ [Je loopt zelf naar Mevrouw Jansen en vertelt alles. Dan hoeft Noor niks te doen. #step: zelfzorg #rating: matig]
  ~ volwassene = true
  Een volwassene inschakelen is goed. Maar vraag Noor wat zij wil, en ga liever samen. Dan houdt ze zelf grip op haar verhaal. # feedback
  Mevrouw Jansen luistert en zegt: "Dank je. Ik breng Noor naar Mevrouw Bakker." Je ziet Noor later met Sara naar binnen gaan.
+ [Je zegt: "Zullen we samen naar Mevrouw Bakker lopen? Jij bepaalt wat je vertelt." #step: zelfzorg #rating: goed]
  ~ volwassene = true
  ~ steun = steun + 1
  Goed. De vertrouwenspersoon luistert, helpt om de foto weg te krijgen en kijkt wat Noor nodig heeft. Samen gaan maakt die stap veel kleiner. # feedback
  Bij de deur van Mevrouw Bakker vraagt Noor: "Sara, ga jij mee naar binnen?" Jij wacht op de gang. Na een uur komen ze naar buiten. "Dank je," zegt Noor.
- -> avond

=== avond ===
Woensdagavond. # scene: thuis
{ ruzie:
    Milan heeft jouw bericht aan Meneer El Amrani laten zien. Morgen moet jij ook bij hem komen. # channel: thought
}
Noor appt je. # sfx: ping
mevrouw bakker gaat met mijn moeder en mij met de politie praten. agent visser # speaker: noor # channel: chat
maar wat als mensen hem hebben opgeslagen? dan raak ik hem nooit meer kwijt # speaker: noor # channel: chat

+ [Je zegt: "Vraag iedereen gewoon om hem te wissen. De meeste mensen doen dat wel." #step: adviezen #rating: matig]
  Vragen om te wissen kan helpen, maar je weet nooit zeker of het gebeurt. Er is hulp die verder gaat: Helpwanted.nl helpt om foto's offline te krijgen. # feedback
+ [Je zoekt met Noor op Helpwanted.nl hoe je een foto offline krijgt. Daar kan ze ook anoniem met iemand chatten. #step: adviezen #rating: goed]
  ~ snel = snel + 1
  Goed. Helpwanted.nl helpt jongeren om naaktfoto's van internet te laten halen, en je kunt er anoniem praten. Samen met school en politie is dat de beste kans. # feedback
  oké. ik laat het mevrouw bakker zien ❤️ # speaker: noor # channel: chat
+ [Je zet in 3H chat: "Wie die foto nog heeft: morgen je camerarol laten zien. Anders gaat je naam naar de politie." #step: adviezen #rating: fout]
  ~ ruzie = true
  Je wilt controle terug voor Noor, dat snap je. Maar zelf telefoons controleren kan niet, en met dreigen maak je het alleen maar groter. Laat het zoeken over aan school, politie en Helpwanted.nl. # feedback
  wie denk jij wel dat je bent 😂 # speaker: groep-3h # channel: chat
- -> week

=== week ===
Een week later. Noor is weer op school. # scene: kantine
Achter jullie zitten een paar jongens uit 4 havo. Eentje houdt zijn telefoon omhoog en zegt hard: "Noor, stuur ook eens wat naar mij!" De anderen lachen.
Noor verstijft. # discuss: Wat kan de klas doen, zodat Noor zich weer veilig voelt op school? En wat moeten jullie juist niet doen?

+ [Je lacht een beetje mee, dan is het sneller voorbij. Noor snapt wel dat je het niet meent. #step: nazorg #rating: fout]
  ~ meegelachen = true
  Meelachen voelt als de makkelijkste weg. Maar voor Noor voelt het alsof jij ook aan hun kant staat. Een kort "kappen" en het melden aan een volwassene helpt meer. # feedback
+ [Je zegt hardop: "Kappen. Niet grappig." Na de pauze vertel je het aan Mevrouw Jansen, zodat ze het in de gaten houdt. #step: nazorg #rating: goed]
  ~ steun = steun + 1
  Goed. Je laat Noor niet alleen, en je mentor weet dat het nog niet klaar is. Zo kan school checken of de afspraken werken. # feedback
  Kappen. Niet grappig. # speaker: ik
  De jongens mompelen iets, maar ze stoppen. Noor pakt even je arm vast.
+ [Je doet alsof je het niet hoort. Als je reageert, wordt het alleen maar erger. #step: nazorg #rating: matig]
  Je wilt het niet groter maken, dat is begrijpelijk. Maar Noor hoort het wel, en het kan doorgaan. Vertel het in elk geval aan je mentor of Mevrouw Bakker. # feedback
- -> einde

=== einde ===
{
  - doorgestuurd:
    -> deel_van_probleem
  - snel >= 3 && steun >= 3 && not verwijt && not meegelachen:
    -> samen_sterk
  - snel >= 3:
    -> weg_maar_afstand
  - else:
    -> blijft_rondgaan
}

=== samen_sterk ===
Twee weken later. # scene: schoolplein
Snapchat heeft de snap verwijderd. Helpwanted.nl en Agent Visser helpen om te zorgen dat hij nergens meer opduikt.
Daan en Milan hebben gesprekken gehad met Agent Visser en met Meneer El Amrani.
{ getoond:
    Die ene keer dat jij de foto liet zien, doe je nooit meer.
}
{ ruzie:
    Over jouw boze berichten had Meneer El Amrani nog een gesprek met je. "Boos zijn mag," zei hij. "Dreigen niet."
}
Mevrouw Bakker vraagt Noor elke week hoe het gaat. Noor lacht weer. Op de fiets naar huis zegt ze: "Zonder jou en Sara was ik die week niet doorgekomen." # ending: Snel weg, en Noor staat er niet alleen voor
-> END

=== weg_maar_afstand ===
Twee weken later. # scene: schoolplein
De foto is nergens meer te vinden. Snapchat, school en Agent Visser hebben snel gehandeld.
Daan en Milan hebben gesprekken gehad met de politie en met Meneer El Amrani.
{
  - verwijt:
    Maar die ene vraag aan de telefoon blijft tussen jullie in hangen. Waarom stuurde je hem ooit?
  - meegelachen:
    Maar Noor is dat lachen in de kantine niet vergeten.
  - geheim:
    Maar Noor merkt dat jij het aan geen volwassene had verteld. Ze had je toen harder nodig.
  - else:
    Maar toen Noor je het hardst nodig had, was je er niet echt. Ze praat nu vooral met Sara.
}
In de pauze zit Noor vaker bij andere mensen. Je mist haar.
Het is niet te laat om het goed te maken. Zeg gewoon eerlijk: "Dat was niet oké van mij. Het was nooit jouw schuld." # ending: De foto is weg, de vriendschap is beschadigd
-> END

=== blijft_rondgaan ===
Vrijdag duikt de foto op in een groep van een andere school. # scene: thuis # sfx: notificatie
Iemand had hem dinsdagavond opgeslagen, voordat iemand hem meldde.
Noor blijft een week thuis. Mevrouw Bakker, Agent Visser en Helpwanted.nl werken samen om de foto weg te krijgen. Dat kost tijd.
{ geheim:
    Dinsdagavond wist nog geen volwassene ervan. Elk uur telde, en niemand zei iets.
}
Hoe sneller zo'n foto gemeld wordt en een volwassene het weet, hoe kleiner de kans dat hij verder gaat. # channel: thought
Gaat er ooit een foto van jou of een vriend rond? Meld het, vertel het aan een volwassene en kijk op Helpwanted.nl. Praten kan ook anoniem bij De Kindertelefoon: 0800-0432. # ending: De foto blijft rondgaan
-> END

=== deel_van_probleem ===
Donderdag word je uit de les gehaald. # scene: kantoor
Iemand heeft Meneer El Amrani verteld over jouw screenshot van de foto. Agent Visser zit er ook, en je vader.
Een naaktfoto van een minderjarige bewaren of doorsturen is strafbaar. Ook als je wilde helpen. # speaker: wijkagent
De foto moet weg, van jouw telefoon en van die van Sara. En we praten met jou en je ouders over wat er nu gebeurt. # speaker: wijkagent
Die avond appt Noor je. # sfx: ping
jij ook? # speaker: noor # channel: chat
Je wilde bewijs. Nu ben je zelf een deel van het probleem. # channel: thought
Twijfel je ooit wat je met zo'n foto moet doen? Bewaar alleen wie hem stuurde en wanneer, nooit de foto zelf. Op vraaghetdepolitie.nl lees je wat strafbaar is. # ending: Jij stuurde hem ook door
-> END
