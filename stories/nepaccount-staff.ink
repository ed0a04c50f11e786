# id: nepaccount-staff
# title: Gehackt en afgebrand
# mode: staff
# topic: nepaccount
# age: 12+
# minutes: 13
# summary: Het Instagram-account van Mevrouw Pauw is gehackt en een anoniem TikTok-account maakt haar belachelijk. Ze komt bij jou, de vertrouwenspersoon.
# warning: Dit verhaal gaat over een gehackt account, online spot en een dreigende reactie tegen een docent.
# pair: nepaccount-student

VAR vertrouwen = 0
VAR bewijs = false
VAR spoor = false
VAR onrust = false
VAR politie = false
VAR nazorg = 0

Donderdag, na het achtste uur. Er wordt geklopt. # scene: kamer-vp # sfx: deur
Mevrouw Pauw, docent Nederlands, staat in de deur. Ze heeft haar jas nog aan.
Ik weet niet of ik hier goed zit. Jij bent toch voor de leerlingen? # speaker: pauw
Ze gaat zitten en laat haar telefoon zien. Op haar Instagram deelt ze normaal leestips voor haar klassen. Sinds dinsdagnacht staan er dingen op die zij nooit zou schrijven.
2C is echt de domste klas die ik ooit heb gehad. Nog 84 dagen tot de zomer 🙃 # speaker: pauw-gehackt # channel: post
mevrouw wtf 💀 # speaker: mees # channel: post
Er zijn ook berichtjes naar leerlingen gestuurd, uit mijn naam. En ik kom er zelf niet meer in. Wachtwoord en mailadres zijn veranderd. # speaker: pauw
Ze scrolt verder. Dit staat er al twee weken. Ik heb het nog aan niemand laten zien. # speaker: pauw
Het is een TikTok-account. Stiekem gefilmde stukjes uit haar lessen, met cijfers erbij.
Uitleg: 2/10. Stem: 0/10. Dat vest: min 5 😭 # speaker: pauw-rating # channel: post
die zucht van haar elke keer 😂😂 # speaker: nep-kijker # channel: post
Vorige week heb ik op het digibord ingelogd, om een post te laten zien. Met de hele klas erbij. Stom, hè. # speaker: pauw

+ [Je pakt er meteen een laptop bij. Eerst het account terughalen, praten kan straks nog. #step: eerste-opvang #rating: matig]
  Snel handelen hoort bij online klachten. Maar wie meteen gaat oplossen, mist de rest: de TikTok, en hoe het met haar gaat. Neem eerst die paar minuten. # feedback
  Pas na een kwartier vertelt ze dat ze er 's nachts wakker van ligt.
+ [Je laat haar het hele verhaal vertellen. Je zegt dat het goed is dat ze komt: ook medewerkers kunnen hier terecht. #step: eerste-opvang #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je luistert, neemt het serieus en zegt hardop dat ze hier op de juiste plek is. Medewerkers kunnen ook slachtoffer zijn, maar denken vaak dat de vertrouwenspersoon er alleen voor leerlingen is. # feedback
  Niet stom. Iemand heeft misbruik gemaakt van jouw vertrouwen in de klas. Vertel maar, ik heb de tijd. # speaker: ik
+ [Je glimlacht: "Met je eigen account op het digibord, tja. Dat doe je maar één keer." Daarna luister je. #step: eerste-opvang #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Hoe luchtig ook bedoeld, het klinkt als een verwijt. Ze verwijt het zichzelf al. De schuld ligt bij wie haar account overnam, niet bij haar. # feedback
  Ze lacht niet mee. Haar antwoorden worden korter.
- -> wie

=== wie ===
Ik denk dat het Bram is. Of Mees. Ze zaten vooraan toen ik inlogde. # speaker: pauw
En Mevrouw Jansen vertelde vandaag dat er in 2C ook een nepaccount van Sanne rondgaat. Dat kan toch geen toeval zijn? # speaker: pauw
Wie achter die TikTok zit, weet ik echt niet. Zal ik morgen gewoon aan 2C vragen wie het was? Iemand weet het. # speaker: pauw
Ze kijkt je vragend aan. # discuss: Een docent heeft een sterk vermoeden welke leerlingen haar account hebben gehackt. Mag zij hen daar zelf op aanspreken? Waar ligt de grens tussen vermoeden en beschuldigen?

+ [Je vindt het een goed plan. Je gaat mee en spreekt alle leerlingen van 2C één voor één. Wie niets te verbergen heeft, praat wel. #step: aangeklaagde #rating: fout]
  ~ onrust = true
  Een hele klas verhoren zet dertig leerlingen onder verdenking en zet Mevrouw Pauw nog meer in het middelpunt. En de dader weet meteen dat er gezocht wordt. # feedback
  Vrijdag praten jullie een uur met 2C. Niemand zegt iets. In de klassenapp gaat het rond: "Pauw denkt dat wij criminelen zijn."
+ [Je zegt eerlijk dat je zonder bewijs niets kunt beginnen. Tegen een vermoeden kan geen klacht komen. #step: aangeklaagde #rating: matig]
  ~ vertrouwen = vertrouwen - 1
  Klopt, maar het is niet het hele verhaal. Eerste opvang en tips kun je altijd geven, en een dader kan soms met hulp van anderen worden gevonden. # feedback
+ [Je helpt haar scheiden wat ze weet en wat ze vermoedt. Bij de hack is er een vermoeden, maar geen bewijs. Bij de TikTok is er niemand aan te wijzen; daar blijft het bij opvang en tips. #step: aangeklaagde #rating: goed]
  Goed. Of er een aangeklaagde is, bepaalt wat er kan. Een vermoeden is een reden om te laten zoeken, niet om iemand te beschuldigen. Tegen een onbekende kan geen klacht komen. # feedback
- -> zoeken

=== zoeken ===
Maar hoe kom ik er dan ooit achter wie het was? # speaker: pauw

+ [Je belt Meneer Kok, de systeembeheerder: kan hij zien of er via het schoolnetwerk op haar account is ingelogd? Zij meldt de hack bij Instagram en het account bij TikTok. #step: dader-opsporen #rating: goed]
  ~ spoor = true
  Goed. Een onbekende dader kan soms worden gevonden, maar dat doen systeembeheerder, platform of politie, niet jij. Snel vragen helpt: zulke gegevens worden niet eindeloos bewaard. # feedback
+ [Je vraagt Mevrouw Jansen, de mentor van 2C, om Bram en Mees morgen hun telefoon te laten zien. Dan weet je het meteen. #step: dader-opsporen #rating: fout]
  ~ onrust = true
  Zoeken in telefoons van leerlingen hoort niet bij de school. Het schendt hun privacy, wijst hen zonder bewijs aan en waarschuwt een eventuele dader. # feedback
  Mevrouw Jansen weigert. Maar Bram en Mees hebben al gehoord dat ze verdacht worden.
+ [Je raadt haar aan het account via Instagram terug te halen. Als het terug is, is het grootste probleem opgelost. #step: dader-opsporen #rating: matig]
  Het account terughalen is nodig. Maar zo blijft onbekend wie het deed, en de TikTok blijft staan. Vraag ook de systeembeheerder om hulp, en meld allebei bij de platforms. # feedback
- -> kok

=== kok ===
Vrijdagochtend. # scene: personeelskamer
{ spoor:
    Meneer Kok komt naar je toe, met een uitdraai.
    Dinsdag om 12.47 uur is er op haar Instagram ingelogd vanaf een Chromebook van school. Op dat apparaat was Bram ingelogd, met zijn schoolaccount. # speaker: kok-ict
    Of hij het zelf was, kan ik niet zien. Maar het is een stevig spoor. # speaker: kok-ict
    -> bekend
  - else:
    Pas op maandag vraagt iemand Meneer Kok om mee te kijken.
    Dat had ik meteen moeten horen. Zulke gegevens bewaren we maar een paar dagen. Nu is het weg. # speaker: kok-ict
    -> onbekend
}

=== bekend ===
Die middag zit Mevrouw Pauw weer bij je. Ze heeft het nieuws over Bram gehoord. # scene: kamer-vp
Dus toch. En nu? Ik wil niet dat hij denkt dat hij hiermee wegkomt. Maar hij is ook pas dertien. # speaker: pauw
Nu er een spoor naar een leerling is, is er een aangeklaagde. Nu gaan de vervolgstappen open. # channel: thought

+ [Je adviseert: Bram schorsen en meteen aangifte. Alleen dan snappen leerlingen dat dit niet kan. #step: vervolgstappen #rating: matig]
  Dat dit gevolgen heeft, is terecht. Maar je kiest de zwaarste route zonder te vragen wat zij wil, en voordat Bram is gehoord. Leg de routes uit en laat haar kiezen. # feedback
  Meneer El Amrani schorst Bram een dag. Mevrouw Pauw hoort het van een collega.
+ [Je raadt haar aan Bram na de les zelf even apart te nemen. Dat is sneller dan al dat gedoe. #step: vervolgstappen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Een gesprek met de aangeklaagde kan een route zijn, maar niet als zij het alleen moet opknappen. Zo leg je de oplossing bij wie geraakt is, en niemand hoort beide kanten. # feedback
  Het gesprek duurt twee minuten. Bram ontkent en loopt weg. Mevrouw Pauw trilt als ze bij je terugkomt.
+ [Je zet de routes op een rij: een gesprek van de teamleider met Bram en zijn ouders, hoor en wederhoor, later eventueel een herstelgesprek, de klachtencommissie, aangifte. Je vraagt wat zij wil. #step: vervolgstappen #rating: goed]
  Goed. Zij kiest, jij legt uit en geeft advies. Hoor en wederhoor zorgt dat ook Bram gehoord wordt voordat er iets wordt besloten. # feedback
  Ze wil dat Meneer El Amrani met Bram en zijn ouders praat. Excuses, en haar account terug. Een gesprek met Bram zelf misschien later, niet nu.
- -> rol

=== onbekend ===
Maandag zit Mevrouw Pauw weer bij je. # scene: kamer-vp
Instagram heeft haar account teruggezet. Wie erin zat, weet niemand.
{onrust: In 2C wordt gefluisterd dat Bram en Mees verdacht worden. Bewijs is er niet.}
Dus we komen er nooit achter? En die TikTok gaat gewoon door? # speaker: pauw

+ [Je bent eerlijk: zonder bekende dader kan er geen klacht komen. Maar je laat haar niet los. De politie kan soms via het platform zoeken. Op vraaghetdepolitie.nl staat wat strafbaar is. #step: aangeklaagde #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je bent helder over wat niet kan, en laat zien wat wel kan: opvang, tips en hulp van buiten. Zo blijft de deur open. # feedback
+ [Je zegt: dan gaan we uit van Bram. Het vermoeden is sterk genoeg. Je vraagt Meneer El Amrani om hem en zijn ouders aan te spreken. #step: aangeklaagde #rating: fout]
  ~ onrust = true
  Een vermoeden is geen bewijs. Zonder grond iemand als dader aanwijzen is oneerlijk tegenover Bram, en als hij het niet was, loopt de echte dader vrij rond. # feedback
  Bram ontkent. Zijn ouders zijn woedend en bellen de school.
+ [Je zegt dat de school hier verder niets in kan doen. Het account is terug; de rest moet ze met TikTok regelen. #step: aangeklaagde #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Niets doen is geen optie. Ook zonder bekende dader blijven opvang, veiligheid op school en tips jouw taak. Zo staat ze er alleen voor. # feedback
- -> rol

=== rol ===
Ze pakt haar tas, maar blijft zitten.
Wat ga jij nu eigenlijk doen? Ik wil niet dat het hele team zich ermee bemoeit. # speaker: pauw

+ [Je zegt dat ze altijd mag binnenlopen als er iets is, en rondt het gesprek af. #step: rol-afspreken #rating: matig]
  Beschikbaar zijn is fijn, maar zo blijft je rol vaag. Spreek concreet af wat je doet en wanneer jullie elkaar weer spreken, en noem de externe vertrouwenspersoon. # feedback
+ [Je spreekt af wat jij doet: meegaan naar Meneer El Amrani als ze dat wil, helpen met de stappen, en een vast contactmoment. Je noemt ook de externe vertrouwenspersoon. #step: rol-afspreken #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Je rol is helder en zij houdt de regie. Bij de externe vertrouwenspersoon kan ze ook terecht, buiten de school om. # feedback
+ [Je zegt: "Laat alles maar aan mij over. Jij moet gewoon lesgeven." #step: rol-afspreken #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Goed bedoeld, maar zo neem je haar zaak over. Ze weet niet wat je gaat doen en met wie. Spreek samen af wat jouw rol is. # feedback
- -> kantoor

=== kantoor ===
Dinsdag, bij Meneer El Amrani. Mevrouw Pauw zit naast je. # scene: kantoor
{onrust: Hij zucht. In 2C is het onrustig. Ouders bellen dat hun kinderen als verdachte worden behandeld.}
Ik wil dat dit stopt. Wat mij betreft blijft heel 2C nablijven tot iemand zegt wie achter die TikTok zit. En jij staat morgen toch gewoon weer voor die klas? # speaker: el-amrani
Mevrouw Pauw zegt niets. Je ziet haar handen om haar telefoon klemmen.

+ [Je zegt dat een groepsstraf vooral onrust geeft. Je vraagt Mevrouw Pauw wat zij nodig heeft om weer voor 2C te staan, en spreekt af dat je nagaat of het gebeurt. #step: veiligheid #rating: goed]
  ~ vertrouwen = vertrouwen + 1
  Goed. Zij bepaalt wat ze nodig heeft; de schoolleiding regelt het; jij houdt de vinger aan de pols. # feedback
  Ze wil dat Mevrouw Jansen eerst kort in 2C uitlegt dat haar account gehackt was. En de eerste les een collega achterin. Meneer El Amrani regelt het.
+ [Je steunt het plan. Nablijven laat zien dat dit niet kan, en weer gewoon lesgeven is het beste medicijn. #step: veiligheid #rating: fout]
  ~ onrust = true
  Een groepsstraf treft vooral leerlingen die niets deden en maakt de sfeer in 2C grimmiger, juist voor haar. En niemand vroeg wat zij nodig heeft. # feedback
  Mevrouw Pauw knikt. Op de gang zegt ze zacht dat ze niet weet hoe ze morgen die klas in moet.
+ [Je stelt voor dat een collega 2C een paar weken overneemt. Dan hoeft ze de klas even niet te zien. #step: veiligheid #rating: matig]
  Rust kan helpen, maar dit is bedacht over haar hoofd heen. Weggehaald worden kan ook voelen alsof zij het probleem is. Vraag eerst wat zij nodig heeft. # feedback
  Mevrouw Pauw kijkt verrast. Dan zegt ze dat ze 2C eigenlijk niet kwijt wil.
- Nog één ding. Drie ouders hebben gemaild over die post over de domste klas. # speaker: el-amrani
Kan Mevrouw Pauw niet gewoon een excuusmail sturen? Dan is het klaar. # speaker: el-amrani

+ [Je raadt aan niets naar de ouders te sturen. Hoe minder aandacht, hoe sneller het overwaait. #step: veiligheid #rating: matig]
  Geen extra aandacht is begrijpelijk. Maar zo blijven ouders denken dat ze dit echt schreef. Een korte, feitelijke mail van de school beschermt haar. # feedback
+ [Je zegt dat zij niets heeft geschreven, en zich dus ook niet hoeft te verontschuldigen. De school mailt de ouders van 2C kort dat haar account gehackt was. Zij leest de tekst vooraf. #step: veiligheid #rating: goed]
  Goed. Zo zet de school recht wat er rondgaat, zonder dat het slachtoffer zich hoeft te verantwoorden. Geen namen van leerlingen in de mail. # feedback
  Mevrouw Pauw haalt opgelucht adem.
+ [Je vindt het een goed idee. Een excuus van haar kant haalt de angel eruit bij de ouders. #step: veiligheid #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Zo moet het slachtoffer zich verontschuldigen voor iets wat een ander deed. Dat voelt als schuld, en ouders lezen het als een bekentenis. De school kan beter zelf uitleggen wat er gebeurde. # feedback
  Ze schrijft de mail die avond. Het voelt alsof ze toegeeft dat ze het zelf schreef.
- -> advies

=== advies ===
Woensdag zit ze weer bij je. # scene: kamer-vp
{spoor: Haar Instagram is terug. Bram heeft met Meneer El Amrani en zijn ouders gepraat.|Haar Instagram is terug.} Maar het TikTok-account gaat door. Er staat een nieuw filmpje.
Haar laatste toets nakijken: 0/10 😂 ze snapt haar eigen vragen niet # speaker: pauw-rating # channel: post
Wat moet ik hier nou mee? # speaker: pauw

+ [Je vraagt haar alle screenshots naar jou te sturen. Dan zet jij ze in de teamapp, zodat de collega's weten wat er speelt. #step: adviezen #rating: fout]
  ~ vertrouwen = vertrouwen - 1
  Bewijs bewaren is goed, maar dat doet zij zelf. In de teamapp verspreid je de spot verder, nu onder collega's, en ze wilde juist niet dat het hele team zich ermee bemoeit. # feedback
  Binnen een uur krijgt ze drie appjes van collega's: "Wat erg, ik had het al gezien."
+ [Je raadt haar aan er zelf onder te reageren, met humor. Dan is de lol er snel af. #step: adviezen #rating: matig]
  Begrijpelijk dat ze iets terug wil doen. Maar reageren geeft het account juist aandacht. Bewaar alles, meld het bij TikTok en beveilig haar eigen accounts. # feedback
  Haar reactie krijgt binnen een uur honderd reacties. Niet allemaal aardig.
+ [Je loopt samen de lijst af: nieuw wachtwoord, inloggen in twee stappen, overal uitloggen, op het digibord nooit meer een eigen account. Screenshots van alle posts, berichten en filmpjes, met datum en link. Alles melden bij de platforms. #step: adviezen #rating: goed]
  ~ bewijs = true
  Goed. Zo gaat haar account op slot. En het bewijs is nodig om een dader te vinden of aangifte te doen, ook als een platform iets verwijdert. # feedback
- -> dreiging

=== dreiging ===
Donderdagavond belt ze je. Haar stem trilt. # scene: thuis # sfx: trillen
Er staat een nieuwe reactie onder het laatste filmpje. # speaker: pauw
wij weten waar jij naar huis fietst 😈 pas maar op # speaker: nep-kijker # channel: post
Je denkt na. Een gehackt account, en nu dit. # discuss: Leerlingen van dertien hacken een account of zetten een dreigende reactie online. Is dat een zaak voor de politie, of moet de school het zelf oplossen? Waar ligt de grens?

+ [Je belt Agent Visser en vraagt of hij morgen in uniform in 2C komt zeggen dat de dader wordt opgepakt. #step: strafbaar #rating: matig]
  ~ politie = true
  ~ onrust = true
  Overleg met de politie is hier terecht. Maar een agent die de klas bang maakt, belooft iets wat niemand kan waarmaken, en zet de hele klas onder verdenking. # feedback
+ [Je benoemt wat er speelt: hacken is computervredebreuk, en dit kan bedreiging zijn. Je volgt het protocol van school en overlegt met Agent Visser. Of ze aangifte doet, beslist zij. #step: strafbaar #rating: goed]
  ~ politie = true
  Goed. Dit zijn mogelijk strafbare feiten. De politie kan beoordelen of aangifte zin heeft en kan via het platform zoeken. Zij houdt de keuze. # feedback
+ [Je stelt haar gerust: het zijn kinderen van dertien. Dit lossen jullie binnen de school op; de politie maakt het alleen groter. #step: strafbaar #rating: fout]
  Ook op je dertiende kun je strafbaar zijn. Hacken en dreigen zijn geen schoolzaak alleen. Overleg met de politie hoort erbij; die kijkt wat zinvol is. # feedback
- -> nazorg_gesprek

=== nazorg_gesprek ===
Drie weken later. Het is rustiger. Mevrouw Pauw is al even niet langs geweest. # scene: personeelskamer
{politie && bewijs: Met haar screenshots heeft de politie het TikTok-account bij het platform gemeld. Het is offline.|Het TikTok-account staat nog online, al komen er minder filmpjes bij.}

+ [Het is rustig, dus je sluit het dossier. Ze weet je te vinden. #step: nazorg #rating: fout]
  Rustig is nog niet hetzelfde als goed. Wie zelf geraakt is, komt niet altijd uit zichzelf terug. Houd zelf contact en check of de afspraken werken. # feedback
+ [Je vraagt Meneer El Amrani om een oogje in het zeil te houden. Hij ziet haar toch elke dag. #step: nazorg #rating: matig]
  ~ nazorg = 1
  De schoolleiding erbij houden is goed. Maar nazorg hoort ook bij jou: spreek haar zelf, check de afspraken en wijs op de klachtencommissie. # feedback
+ [Je plant een vast moment met haar, vraagt Meneer El Amrani of de afspraken lopen en vertelt haar over de klachtencommissie, voor als de school niet genoeg doet. #step: nazorg #rating: goed]
  ~ nazorg = 2
  Goed. Nazorg is nagaan of de maatregelen werken en of ze zich veilig voelt. Ze weet nu ook waar ze terechtkan als ze niet tevreden is. # feedback
- -> einde

=== einde ===
{
  - spoor && not onrust && vertrouwen >= 2 && nazorg == 2:
    -> einde_sterk
  - spoor:
    -> einde_onrust
  - not onrust && nazorg >= 1 && vertrouwen >= 1:
    -> einde_steun
  - else:
    -> einde_ziek
}

=== einde_sterk ===
Bram heeft toegegeven dat hij haar account overnam. Samen met zijn ouders heeft hij zijn excuses aangeboden. {politie: Agent Visser heeft een stevig gesprek met hem gehad.} # scene: klaslokaal
{politie && bewijs: Het TikTok-account is offline. Wie het maakte, is niet bekend geworden.|Wie achter het TikTok-account zit, is niet bekend. Ze kijkt er niet meer naar.}
In 2C is het rustig. Mevrouw Pauw deelt weer leestips, nu vanaf een beveiligd account. Elke twee weken drinken jullie even koffie.
Gisteren zei ze in de personeelskamer: "Ik wist niet dat ik ook bij jou terechtkon. Nu wel." # ending: Gehackt, maar weer voor de klas
-> END

=== einde_onrust ===
Bram heeft toegegeven dat hij haar account overnam. Maar daarmee is het niet klaar. # scene: gang
{onrust: In 2C hangt een grimmige sfeer. Leerlingen die niets deden, voelen zich gestraft. Ouders klagen bij Meneer El Amrani.|Mevrouw Pauw voelt zich niet echt gehoord. Het ging vooral over Bram, niet over haar.}
{nazorg == 2: Je spreekt haar nog elke twee weken, maar ze zegt weinig.|Niemand vraagt haar nog hoe het gaat.}
Ze overweegt om een andere klas te vragen voor volgend jaar. # ending: Dader gevonden, maar de rust komt niet terug
-> END

=== einde_steun ===
Wie haar account hackte, is nooit bekend geworden. Er kan geen klacht komen, en dat blijft wringen. # scene: kamer-vp
Maar ze staat er niet alleen voor. {nazorg == 2:Jullie spreken elkaar elke twee weken.|Meneer El Amrani vraagt regelmatig hoe het gaat.}
{bewijs: Ze bewaart alles wat er nog verschijnt. Komt er ooit een naam boven, dan ligt er bewijs.|Haar accounts zitten nu goed op slot.}
In 2C is het rustiger. Haar leestips plaatst ze weer, vanaf een beveiligd account. # ending: Geen dader, wel steun
-> END

=== einde_ziek ===
Twee weken later meldt Mevrouw Pauw zich ziek. # scene: personeelskamer
{onrust: In 2C gaat het verhaal dat ze leerlingen valselijk beschuldigde. Ouders hebben een klacht ingediend over hoe de school het aanpakte.|Wie haar account hackte, weet nog steeds niemand.}
In de personeelskamer wordt over haar gepraat, niet met haar.
Je hoort dat ze twijfelt of ze nog terug wil naar deze school. # ending: Mevrouw Pauw meldt zich ziek
-> END
