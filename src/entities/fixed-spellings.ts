/**
 * Common given and family names of languages written in the Latin alphabet
 * that another such name turns into by a transliteration pattern of
 * `spellingVariant` ("allan"/"allen", "smith"/"smyth", "jensen"/"jansen",
 * "miller"/"millar", "martin"/"marten"). In those languages a name has one
 * spelling, so two of these are two names, never one name spelt two ways.
 *
 * Derived once from the name lists that the Faker project (MIT licence) ships
 * for English, German, French, Spanish, Italian, Dutch, Portuguese,
 * Scandinavian, Finnish and Polish locales: family names of all of them and
 * given names of the English, German, French, Spanish, Italian and Dutch ones,
 * five letters or longer, keeping only those that collide with another listed
 * name, and leaving out every name that Faker also lists for a locale whose
 * names are transliterations (Arabic, Persian, Turkish, Indian, Pakistani,
 * Indonesian, Hausa, Swahili, Uzbek, Azerbaijani), where "Mohammed" and
 * "Muhammad" are one name.
 */
const WORDS = `
acker ackermann adalbert adelbert adolf adolph adrian adriane adrien adrienne aichinger aiden akerman alain
aleksandar aleksander alemannie alena alfons alina aline alison allain allan allemanie allen aller allison
alois aloys alphons amadeo amalie amann ambar amber amedeo amelie ammann anabel anderson andersson andreas
andreasen andreassen andrei andrey andries aneta anett anette angel annabel annaliese anneliese annett annetta
annette annita annsboro ansboro antonios antonius apollonia apolonia arnold arnould atzler ayden baalen backer
backman baier baker bakker barbara barbera barnett baron barre barrios barron barry bartels bartoli bastiaan
bastian bastien bataglia battaglia bayer beasty becker beckmann beeckman beekman beier bekir belen bender
benet bennet bennett bergen berger bergin bergkvist bergman bergmann bergqvist bermingham bernat berre berrios
berry bertels bertoli besson betina betti bettina betty beyer biesty binder birger birmingham bisson blaak
black blomkvist blomqvist blondeel blondel bodart bogaerts bohler bolin bollen bonar boner bonet bonner bonnet
boogaerts borges borman borrell bouchat boucher bouchet boudart bourke boyse bracke brandi brandstatter
brandstetter brandy brauer breanna brekke brenen brennan brese bresse brett breuer brian briana brianna brien
brisson brita britt britta broeck broek bruen bruin bruneel brunel bruyn bryan bryson bucher buhler burgess
burghard burkard burke burman burrell buyse buysse cacilia caitlin caitlyn camila camilla camillo camilo
canales canellas caplis capples caren carin carli carlson carlsson carly carol carolin carolyn carreon carrion
carro carroll casandra casas cases caspar casper cassandra cassen cassin castello castillo cecilia cerro
charon charron chevalier chevallier christen christin christof christoph cicilia cilli cilly clarisa clarissa
clark clerck cloney cloone clooney clune cogan colas coles colette coley colin colleen collen collette colley
colligan collin collis colly colom colon colot colum comisky commins conmee conmy conneely connelly connole
connor conny conole conor conree conry coogan coolen cooley coral coredo corina corinna corley corrado corral
corry cortes coulon cournane cowan cowen crahan crehan crespi crispi cullen culligan cully culot cumiskey
cumisky cummins cummiskey cummisky cunny curley curnane curneen curnyn curry curtis dafne dahlen dahlin
dallaire damian damien daniele danielle danny daphne darmody darryl daryl davidson davidsson davin davitt
deane decker deeny dekker delaere denis dennis denny denys derek dermody derrick devaney devanney devenney
dever devin devine devitt diane dineen dinneen ditmar dittmar divenney diver divine diviney dogan dogherty
dolan dongen donohoe donohue doogan doolan dooren doran dornan dorothee dorothy dougherty doumont driesen
driessen dufrasne dufresne duggan duivenvoorde dumont dungan duran durnan dusan dussen duyvenvoorde echevarria
echeverria eckehard ecker edelbert edoardo edouard eduard eduardo eichinger ekkehard eladio elena eliana elias
eline elladio ellen eller elliot elliott ellison emanuel emilie emmanuel engel engen engin erickson ericson
ericsson eriksson ervine erwin etzler evelin eveline evelyn evelyne evers fabbri fabry fagan faggiani fagiani
fanning farell farland farrell farry feehan fegan fehan felban felipa felipe fenning ferland ferrandez
ferrandiz ferrara ferrell ferrera ferry filban filbin filip filippa filomena finegan finlay finley finnegan
finnucane finucane fitzsimmons fitzsimons flanagan flannagan flinn flores floris flynn foster frances
francesca francesco franch francis francisca francisco franck frank fransen franssen freddy fredi fredy freia
french freya friedericke friederike fuster gabriele gabrielle gaitan galan gallen garret garrett gastel gaytan
geier geisler geissler gelabert georgia gerard gestel geyer gianetti giannetti gilabert giles gillan gillen
gilles gillis ginnitty ginnity gioacchino gioachino giorgia girard godard goddard golden golding gomes gomis
goovaerts goulden goulding govaerts gregori gregory griffen griffin grogan groogan groote grote guinane
guinnane guiot gullotta gulotta gunar gunnar guyot haase hacker hackett hagan hagen hager haggerty hagglund
haggstrom haglund hagstrom haiden hailey haindl haines hainzl hakker haley halina hallberg haller halley
hallgren hallin halpen halpin hammar hammer haney hanni hannigan hanny hansen hanson hanssen hansson haran
haren haring harri harry hartman hartmann hauser hayden hayley haynes heaffy heaphy hecker heckett heelan
heeney hegarty heger heggarty heiden heidrich heijman heijmen heindl heinzl hekker helen helena helery helin
hellberg heller hellgren hellmut hellmuth helma helmar helmut helmuth hendrick hendricks hendrik hendriks
henebry heney hennebry hennigan henny henrik henryk henson hering herman hermann herring herrmann hesse heuser
heyden heydrich hilary hillen hiller hillery hilma hilmar hines hinney hodson hoffman hoffmann hofman hofmann
hofstatter hofstetter holst hoogh horst hosey houben hough houle hubin hudson huffman hulle hulst humer hummer
hurst hussey huter hutter hynes ibarra ileana ilias ingeborg ingeburg irena irina irmengard irmingard irvine
irwin isabel isabela isabell isabella ivers ivonne jackel jacobson jacobsson jakel jakob jakub janna janos
janse jansen jansse janssen janus jasper jeanette jeannette jekel jenna jenni jenny jensen jenssen jesper
jimenez jiminez joana joanna johnson johnsson jolie jonas jones joosten jordan jordi jordy jorgen josef
josefine josep joseph josephine josip jourdan juana julian julie julien juncken junken jurgen justin kaitlin
kaitlyn kalin kallen karin karsten kaspar kasper katalin katarina katelyn katerina katharina katharine
katherina katherine kathi kathrin kathryn kathy kaufman kaufmann keally kealy keeley keely keenaghan keenahan
keenan keeney keery keller kelley kelli kelly kenan kenlan kenny kerin kerri kerry kerstin kiara killer
kinaghan kinahan kinlan kinlen kinney kinny kirsten kirstin kleibrink kleybrink kogler kokkonen kolar koller
krainer kramer krammer kreiner kremer kristen kristi kristin kristina kristy krystyna kugler kukkonen kyara
lahtinen lamas lammas lammens landen landin larcher laroche larouche larson larsson lavan lavin lazaro lazzaro
leanne lebron lebrun leddy leemans leene lehtinen leire leiva lemmens lenaghan leneghan lenehan lenihan
lennane lercher levan levin leyre leyva liane liddy liden lilli lilly limbourg limburg lindkvist lindqvist
lindsay lindsey linehan linnane linskey lissi lissy llado llamas lledo llopis lodovico london looney lopes
louise lucciano luciano ludmila ludmilla ludovico luise lundkvist lundon lundqvist lunney lyden lynne lynskey
maaike maaren maarten macanally maccanelli macginnitty macginnity mackay mackey macmullan macmullen magan
magann magret magrit maier maierhofer maike mairhofer maite malena mallet mallon manson mansson marcela
marcella marcello marcelo marcos marcus mareen mareile maren mares margareta margarita margita margitta
margret margrit marian mariana marianna mariele marien marijn marin marino maris marisa marissa marit marita
maritta marks marleen marlen marren marry marten martens martensson marti martin martins martinsson marty
martyn mateo mathews mathias mathiasen mathiesen mathieu mathijs mathis matias matteo matthews matthias
matthieu matthijs matthys mattias mattila mayer mayerhofer mayrhofer mayte mcardle mcauley mccardle mccauley
mcclean mccloskey mccluskey mccoll mccomiskey mccool mccorley mccrann mccready mccrory mccumiskey mccurley
mcdowall mcdowell mcelroe mcelroy mcelwee mcgerr mcgirr mcilroe mcilroy mcilwee mclean mcneil mcneill mcqueen
mcquillan mcquillen mcquin mcquinn mcrann mcready mcrory megan meier meike melet melican melina melisa melissa
melita melitta mellet mellon meral mercks merckx merel merijn merino merkx merritt merry mertens mescall
meskill metella meyer michael michail micheal milan milena miles millan millar miller millet millican miralles
mireles mirthe miscell miskell mohammad molen molenaar molin moliner molins moller molloy moloney monroe
moraes morais moreau morel morell morillo morin mornane morrin moulin moureau muhammed mullan mullen muller
mullin mullins mullooney mulloy munroe murillo murnane myles myrthe nally neehan nelli nelly nelson neven
nevin niccolo nicholls nichols nicolai nicolay nicolo nidia nikola nikolaos nikolaus nikula nilsson nissen
nolty noone norman norrman novaes novais nulty nunne nydia nyhan nyssen obrien obryan obryen odalis odalys
ofreil ofriel okeefe okeeffe olivares oliveras olivier ollivier oloughlin oloughlinn olson olsson orban osheil
oshiel otfried otmar otogher ottfried ottmar ottokar paananen paier pakarinen panatta paola paolo paradis
paredes parini parri parry paterson paton patterson patton patty paula paulo payer pearce pearson peeters
pekkarinen pender pennanen pennetta peres perini peron perret perri perron perry persson petar peter peters
petersen peterson petersson petrocelli petrucelli pettersen pettersson petty pfeifer pfeiffer philban philbin
philip philipp philippe philips phillip phillips philomena pierard pierce pierrard pierson piggott pigott
pinder pires piret piron pirson polet pollet porcel potier pottier prial priscila priscilla provost pruvost
pryal purcell rafaela raffaella raimondo raimund raimundo rainer ramsay ramsey randolf randolph raphaela
rauter raymond raymund raynaud rayner reader rebeca rebecca reeves reimar reimer reimund reina reinaldo reiner
renner reuter reyna reynaldo reynaud rhatigan rhattigan ribas ribes ricardo riccardo ricky ridder rieder
riener righi rinne rinner rivas roberto robertson robertsson robin robyn rodden roddy roden roland rolland
romolo romulo roosen rosalinde rosel roselinde rosell rosello rosen rosseel rossello roussel rubben ruben
ruberto rudden ruddy rudolf rudolph rupert ruppert russell ryder rynne sabatini sabbatini saenz sailer sainz
salas salcedo salcido sales sandi sandy saraceno saracino sarina schafer schaffer schar scharer scheer
schepper scherer scherr scherrer schipper schmit schmitt scholler scholten scholtz scholz schottin schouten
schuler schuller schulten schultz schulz schwaiger schwaighofer schweiger schweighofer seally sealy sebastiaan
sebastian sebastien segerson segersun seiler selena selina serena shari sharry sheilds shepard sheppard sheri
sherri sherry shields short shortt sibilla sibille sibylla sibylle sigerson silke silvana silvester silvio
simmon simmons simon simons sinnott skally skelly smeets smets smith smits smyth sofie solzer somers sommer
sophie spies spiess spreeuwel spreuwel spruit spruyt stefan stefanie steffen stella stephan stephanie stephen
stilla stock stook storm strohmaier strohmayer strohmeier sturm sulzer summer summers susan susana susann
susanna suter sutter swennen swinnen sybilla sybille sylke sylvana sylvester sylvio symons synnott tamborini
tamburini tejada tejeda temmerman terence terrance terrence terri terry thaler thaller tillmann tilman tilmann
timmerman togher tolan tolin tonia tonya toolan toolin tormay tormey totino traci tracy trainor travis traynor
treves tucker tutino ullrich ulrich urban vanegas varga velez veliz vendetti venditti venegas verbeeck verbeek
verga vilar villar villareal villarreal violeta violetta vrancken vranken walch wallen waller walli wallin
walls wally warner waters watters weever wegmann weiser welch weller wells wencke wenke wennberg werner wever
whalen whelan whitaker white whittaker whyte wieser wigman wilcken wilfried wilkin willfried willi wills willy
winberg wolfe woulfe ybarra yesica yessica yvonne zimmerman zimmermann
`;

/** Lower-case plain letters, as `parseName` gives tokens. */
export const FIXED_SPELLINGS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter((w) => w !== ""));
