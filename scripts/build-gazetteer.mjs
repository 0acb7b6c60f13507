#!/usr/bin/env node
/**
 * Builds the name, place and organisation gazetteers of the PERSON / LOCATION /
 * ORGANIZATION recognizer into src/detect/names/data/*.ts (committed; the
 * runtime never imports faker).
 *
 * Sources:
 *  - @faker-js/faker (devDependency): first and last names of every Latin-script
 *    locale, city, state and country names;
 *  - compromise (dependency): its lexicon's first names, last names, cities,
 *    countries, regions and organisations;
 *  - the curated lists below: romanised Chinese, Vietnamese, Korean, Japanese,
 *    Indian, Akan, Yoruba, Igbo, Hausa, Arabic and Slavic names, world cities,
 *    well-known companies, and words that must never be taken for names;
 *  - an English word list (Debian's wamerican-small: /usr/share/dict/american-english-small,
 *    `apt-get install wamerican-small`), used only here, to mark names that are
 *    also ordinary English words ("will", "grace", "hunter") and to list common words.
 *
 * Every entry is lower-cased and ASCII-folded ("José" → "jose"); each list is one
 * "|"-joined string, split into a Set when the recognizer loads.
 *
 * Usage: node scripts/build-gazetteer.mjs
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';
import nlp from 'compromise';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/detect/names/data');
const DICT = '/usr/share/dict/american-english-small';

// ---------------------------------------------------------------------------
// Folding (must match src/detect/names/fold.ts)

const SPECIAL = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ŀ: 'l', ħ: 'h', ŧ: 't', ĸ: 'k', ŋ: 'n', 'ʼ': "'", '’': "'" };
function fold(s) {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øæœßđðþłıŀħŧĸŋʼ’]/g, (c) => SPECIAL[c] ?? c);
}
/** A usable single-token entry: Latin letters with inner ' or -; at least 2 letters. */
const TOKEN = /^[a-z](?:[a-z]|['-](?=[a-z])){1,24}$/;
/** A usable multi-token entry (places, organisations). */
const PHRASE = /^[a-z0-9](?:[a-z0-9]|[' &-](?=[a-z0-9 ])|\.(?=[a-z0-9 ]))*\.?$/;

// ---------------------------------------------------------------------------
// Curated lists

const w = (s) => s.trim().split(/\s+/);

const EXTRA_FIRST = w(`
  wei jing li ming hui yan hong ying xin jun lei fang hao yu jie tao ling mei xiaoming xiaoli xiaoyan
  yifan zihan yuxuan haoran yichen zixuan junjie jiahao jiayi xinyi yutong shuang qiang gang yong ping
  chun lan feng bo lin na min tingting lili jianguo zhiwei jianhua weiwei xiaohong
  minh anh linh lan huong thao trang hoa hung tuan duc nam quang thanh hai dung hieu khanh phuong ngoc
  thu hanh vy nhung thuy trung huy phuc quoc vinh thien dat tien cuong thang hiep loc bich diep giang
  hang hien hoai khoa khang lien luan nga nghia nhan nhi oanh phat quynh sang tam thinh thuan toan tri
  trinh tu tung uyen van vu xuan yen
  ji-hoon min-jun seo-yeon ji-woo hyun-woo soo-jin eun-ji young-ho jae-won ji-hye min-seo ha-eun
  seo-jun do-yun ye-jin su-bin jihoon minjun seoyeon jiwoo hyunwoo soojin eunji youngho jaewon jihye
  minseo haeun seojun doyun yejin subin jisoo jennie yuna sungmin dongwook taeyang
  hiroshi takashi akira yuki kenji haruto yui sakura hana yuto sota ren takumi kaito riku daiki kenta
  shota naoki yusuke yoko keiko naomi aiko emi mai yumi kaori megumi ayumi noriko tomoko akiko kazuki
  satoshi makoto manabu masato hideo koji kenichi taro jiro ichiro shinji hiroki hiroko haruka misaki
  nanami rin yuna mio koharu hinata minato sora yamato tsubasa ryota kazuya takeshi tetsuya yoshiko
  priya raghav aarav vivek rahul rohit amit ankit anil sunil rajesh ramesh suresh mahesh dinesh ganesh
  sanjay vijay ajay arjun karthik kartik sai srinivas venkat lakshmi deepa divya kavya anjali pooja
  neha sneha shreya meera asha usha radha sita gita rekha sunita anita kavita savita nisha ritu swati
  aditi ananya aishwarya harini keerthi lavanya nandini padma revathi sangeetha vidya aditya akash
  abhishek siddharth varun nikhil gaurav saurabh manish nitin pankaj pradeep praveen naveen sandeep
  vikram vikas vishal yash harsh kunal rohan ravi raj raju krishna gopal mohan hari shankar shiva
  murali balaji senthil saravanan prakash jagdish manoj arun tarun varsha preeti jyoti sachin rakesh
  mukesh naresh deepak ashok alok vinod anand arvind sudhir sunita geeta kiran manju shalini smita
  archana bhavana chitra hema indira jaya kamala latha malini nalini pallavi rashmi shanti uma vani
  yamini zoya farhan imran irfan salman shahid tanvir wasim aamir javed sameer sanjana shruti tanvi
  ishaan vihaan reyansh ayaan atharv krish dhruv kabir aryan advait aadhya diya saanvi myra anika
  kwame kofi kwaku kwabena kwadwo kojo kwasi kwesi yaw kwamena ekow kobina kweku akwasi akosua adwoa
  abena akua yaa afua efua ama esi ekua araba adjoa akuba efia afia kukua yawa ekuwa
  adebayo adeyemi babatunde oluwaseun olumide adewale ayodele folake funmilayo yetunde bukola temitope
  tolulope damilola olamide femi tunde segun bisi dapo kunle lanre wale yemi ayo tobi tayo seun tope
  bolanle olufemi oluwadamilare oluwatobi oluwafemi olawale abiodun adeola adunni ifeoluwa ireti
  chukwuemeka chinedu chidi chiamaka ngozi nnamdi obinna uchenna ifeanyi ikenna emeka adaeze amaka
  chioma nneka ifeoma kelechi chinonso chibuike chidinma chinwe ebere nkechi obiageli onyeka uzoma
  ugochi chukwudi chijioke somtochukwu tochukwu ebuka kamsi
  musa abubakar aliyu bello sani usman garba lawal danjuma hauwa zainab aminu balarabe habiba
  mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein hussain youssef yusuf
  ibrahim khalid khaled abdullah abdul abdel mustafa mahmoud karim tariq samir nabil faisal rashid
  hamza bilal amir said saeed walid jamal rami ziad fadi hani sami nasser majid fatima aisha mariam
  maryam layla leila noor nour huda hana salma yasmin yasmine amina khadija rania dina lina rana reem
  samira nadia farah sara sarah yara jana lama hiba rasha dalia ghada manal mona nisreen suha wafa
  tamer hisham osama ayman adel anwar ashraf emad essam gamal hazem kareem magdy nader sherif yasser
  zaid zayed khalil ismail idris yahya zakaria anas othman osman mansour suleiman sulaiman jafar
  ivan dmitri dmitry sergei sergey alexei alexey andrei andrey nikolai mikhail vladimir igor oleg
  yuri boris pavel anatoly viktor evgeny yevgeny grigory konstantin maxim stanislav vyacheslav vadim
  anastasia ekaterina yekaterina olga tatiana tatyana natalia natalya svetlana irina elena yelena
  marina galina lyudmila ludmila larisa oksana yulia julia daria darya ksenia polina sofia alina
  valentina vera nadezhda zhanna
  mateusz jakub kacper szymon bartosz piotr krzysztof tomasz pawel michal lukasz grzegorz wojciech
  katarzyna malgorzata agnieszka joanna magdalena ewa dorota beata
  jiri petr jan tomas martin lukas jakub ondrej vaclav pavla tereza lucie katerina
  dragan milan zoran goran nenad dejan marko nikola stefan jovana milica ivana
`);

const EXTRA_LAST = w(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
  song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
  ding ren shen yao jin zhong cui tan fan shi qian kong bai mao qiu qin gu hou shao meng wan duan lei
  tao hao yin chang chan wong cheung lau ng ho lam leung chow tsang yip kwok lo lee tse chiu fung mak
  lai tam chu kwan choi hui yeung siu au sit chong teo goh lim tay koh ong wee yeo chua quek
  nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly truong dinh mai trinh luong dao
  ha ta quach lu thai tong trieu
  kim park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn song yoo ryu hong
  jeon ko moon yang son bae baek heo nam sim noh ha kwak sung cha joo woo min na jin ji eom chae won
  chun pyo bang byun
  sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki
  yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita
  ishikawa nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo
  aoki fujii nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura
  takeuchi kaneko wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto
  uchida takagi ando taniguchi ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda
  sugawara hirano otsuka chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo nomura kikuchi
  sano onishi sugimoto arai hosoi
  sharma verma gupta singh kumar patel shah mehta joshi reddy rao nair menon pillai iyer iyengar
  krishnan raghunathan subramanian venkatesan srinivasan ramachandran natarajan chandrasekhar
  chandrasekaran balasubramanian mukherjee chatterjee banerjee bhattacharya bhattacharjee ghosh bose
  das dutta sen roy chakraborty chakrabarti ganguly mishra pandey tiwari dubey shukla tripathi
  srivastava saxena agarwal aggarwal agrawal bansal goel goyal jain malhotra kapoor khanna chopra arora
  bhatia sethi kohli gill sandhu sidhu dhillon grewal chauhan rathore yadav thakur desai kulkarni
  deshpande patil pawar jadhav gaikwad naidu choudhary chaudhary chowdhury bhatt trivedi pandya parekh
  modi gandhi nehru khan ansari qureshi siddiqui sheikh shaikh syed iqbal rahman hegde shetty kamath
  pai bhat shenoy prabhu gowda murthy raju varma krishnamurthy rajan narayanan gopal sundaram
  swaminathan parthasarathy ranganathan raman chandran kannan murugan pillay kurian varghese cherian
  mathew thampi panicker nambiar kaur bajwa walia ahluwalia anand bhardwaj kashyap mittal singhal
  khandelwal maheshwari oberoi rastogi sinha jha prasad thakkar vyas dave mehra bedi suri vohra
  venkataraman raghavan ramaswamy seshadri sethuraman padmanabhan rangarajan lakshmanan vaidyanathan
  mensah asante owusu boateng osei appiah agyeman acheampong amoah antwi adjei ansah addo amponsah
  darko frimpong gyamfi nkrumah ofori opoku sarpong tetteh quaye quartey annan bonsu danquah kuffour
  kufuor mahama akufo-addo asamoah badu bediako donkor kyei nyarko oduro okyere yeboah anane aidoo
  arthur baah boakye dankwa manu ntim obeng oppong sackey tagoe wiredu asare
  adebayo adeyemi ogunleye oladipo olawale oyelaran ogundipe akinola afolabi bamidele oyewole
  adeleke adesina adekunle adeniyi ajayi akande alabi babalola balogun fashola ogunbiyi ogunlesi
  okonjo olaniyan oyebanji oyedepo soyinka abiola obasanjo awolowo
  chukwu okafor okonkwo okeke eze nwosu obi nwachukwu okoro ibe anyanwu nwankwo ugwu agu iweala
  achebe adichie onyekachi nnaji okoye onuoha ozor uche uzor ejiofor okafor nwafor onwuachi
  abubakar bello buhari dangote danjuma lawal musa sani usman yusuf aliyu garba ibrahim
  haddad khoury nassar saleh mansour hamdan khalil aziz habib farouk abdallah mahmoud mustafa othman
  qasim suleiman taha yassin zaki darwish bakr hamid jaber najjar sabbagh awad barakat halabi masri
  shami tamimi hariri jabbour karam maalouf nasrallah sayegh tannous azar bitar daher ghanem hakim
  hijazi issa kassab kassem khatib maroun mikhail moussa nader rizk sarkis shahin yazbek zein
  al-hashimi al-masri al-sayed al-amin al-rashid el-sayed elsayed abdelrahman abdulrahman abdelaziz
  ivanov smirnov kuznetsov popov vasiliev vasilyev petrov sokolov mikhailov novikov fedorov morozov
  volkov alekseev lebedev semenov egorov pavlov kozlov stepanov nikolaev orlov andreev makarov
  nikitin zakharov zaitsev soloviev solovyov borisov yakovlev grigoriev romanov vorobiev sergeev
  kuzmin frolov alexandrov dmitriev korolev gusev kiselev ilyin maximov polyakov sorokin vinogradov
  kovalev belov medvedev antonov tarasov zhukov baranov filippov komarov davydov belyaev gerasimov
  bogdanov osipov sidorov matveev titov markov mironov krylov kulikov karpov vlasov melnikov denisov
  gavrilov tikhonov kazakov afanasiev danilov savelyev timofeev fomin chernov abramov martynov
  efimov fedotov shcherbakov nazarov kalinin isaev chernyshev bykov maslov rodionov konovalov lazarev
  voronin klimov filatov ponomarev golubev kudryavtsev prokhorov naumov potapov zhuravlev ovchinnikov
  trofimov leonov sobolev ermakov yermakov kolesnikov goncharov emelyanov nikiforov grachev kotov
  grishin efremov arkhipov gromov kirillov malyshev panov moiseev rumyantsev akimov kondratiev
  biryukov gorbunov anisimov eremin tikhomirov galkin lukyanov mikheev skvortsov yudin belousov
  nesterov simonov prokofiev kharitonov knyazev tsvetkov mitrofanov voronov aksenov maltsev loginov
  gorshkov savin krasnov mayorov demidov eliseev rybakov safonov plotnikov demin khokhlov fadeev
  molchanov ignatov litvinov ershov ushakov ryabov mukhin kalashnikov leontiev lobanov kuzin korneev
  evdokimov borodin platonov nekrasov balashov bobrov zhdanov blinov ignatiev korotkov muravyov
  kryukov belyakov bogomolov drozdov lavrov zuev petukhov larin nikulin serov terentiev zotov ustinov
  fokin samoilov konstantinov sakharov shishkin samsonov cherkasov chistyakov nosov spiridonov
  karasev avdeev vorontsov zverev vladimirov seleznev nechaev kudryashov sedov firsov andrianov panin
  golovin terekhov ulyanov shestakov ageev nikonov selivanov bazhenov gordeev kozhevnikov pakhomov
  zimin kostin shirokov filimonov larionov ovsyannikov sazonov suvorov noskov gorbachev yeltsin
  shevchenko kovalenko bondarenko tkachenko kravchenko oliynyk lysenko marchenko rudenko savchenko
  moroz melnyk kovalchuk polishchuk kovalyov boyko tkachuk pavlenko koval levchenko
  nowak kowalski wisniewski wozniak kowalczyk kaminski lewandowski zielinski szymanski dabrowski
  kozlowski jankowski mazur kwiatkowski krawczyk piotrowski grabowski nowakowski pawlowski michalski
  novak novotny dvorak cerny prochazka kucera vesely horak nemec pokorny
  horvat kovacevic babic maric juric novak kovac knezevic vukovic markovic petrovic jovanovic
  nikolic ilic djordjevic pavlovic stojanovic milosevic popovic
  yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan cetin
  kara koc kurt ozkan simsek polat erdogan
  garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez
  diaz reyes morales cruz ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez moreno
  romero herrera medina aguilar vargas castro guzman fernandez munoz salazar delgado pena soto
  contreras silva rojas nunez guerrero sandoval cortez vasquez velasquez dominguez espinoza
  santos oliveira souza sousa lima pereira ferreira costa rodrigues almeida carvalho gomes ribeiro
  martins araujo barbosa cardoso nascimento
`);

/** Given names of three or fewer letters are ambiguous; these are kept anyway. */
/** Words that are never names, whatever the lists say (function words, fillers, transcript noise). */
const NEVER = w(`
  a an the and or but if of to in on at by for from with without into onto upon about above below
  under over after before between through during until till since than then there here where when
  what which who whom whose why how that this these those it its it's i me my mine we us our you
  your yours he him his she her hers they them their is am are was were be been being do does did
  done have has had having would shall should can could might must ought not no nor yes
  yeah yep yup nope ok okay oh uh um hmm hm ah eh huh mhm uhm er erm hi hello hey bye goodbye thanks
  thank please sorry sir madam maam ma'am mister missus
  i'd i'll i've i'm you'd you'll you've you're we'd we'll we've we're they'd they'll they've they're
  he'd he'll she'd she'll it'll that'll there'll who'd won't can't don't doesn't didn't isn't aren't
  wasn't weren't haven't hasn't hadn't wouldn't couldn't shouldn't ain't y'all
  all any some none each every both either neither one two three four five six seven eight nine ten
  so too very just also only even still yet already again ever never always often sometimes
  monday tuesday wednesday thursday friday saturday sunday january february march october november
  december today tomorrow yesterday tonight morning afternoon
  evening night week month year day
  name names account number card phone email address order customer agent service help call
  calling speaking talking
  like well right sure great good fine nice cool alright
  new old big little long short high low last next first second third other another same own
  mean means well lot lots
  okie dokie gonna wanna gotta kinda sorta lemme gimme
`);

/** Ordinary English words that are also in the name lists but that the dictionary may miss. */
const COMMON_EXTRA = w(`
  will may mark bill grant hope faith rose crystal hunter grace amber joy summer dawn destiny angel
  baby honey candy cherry precious harmony melody charity patience prudence constance trinity haven
  heaven storm rain river sky autumn winter spring ginger penny sandy rusty buck chip lane skip sunny
  holly ivy lily daisy ruby pearl iris jade jewel misty star sunshine chance chase clay cash price
  king queen prince princess duke earl baron major judge deacon bishop pope cardinal royal noble
  frank pat sue art don ray jack guy drew gene rob bob dick peter mike nick bud buddy sonny
  brook brooks banks bell bush cook ford hall hill lane long marsh moss park rice stone wood woods
  young white black brown green gray grey golden silver
  august june april january
  cliff dale glen heath forest field fields ridge rock rocks vale valley
  ali can said so he ho to ma man la le de da do don di del van von der den ten ter dos das du des
  al el en ha na ng ly lu ta ye yu wu li lin ma mai nam min son song sun tan tang vu vo yang young
  kim ko oh no on an in is it me my by am as at be go if of or up us we
`);

/** Common English words kept although the dictionary lacks them (conversational, transcript words). */
const WORD_EXTRA = w(`
  yeah yep yup nope okay ok hmm uh um mhm uhm gonna wanna gotta kinda lemme gimme ya y'all
  email emails online offline app apps website login logout password username wifi internet
  refund refunds voucher checkout subscription upgrade downgrade reschedule rebook
  fahrenheit celsius internet christmas bluetooth hatchback sedan suv
`);


/** Major world cities and regions missing from faker's and compromise's lists. */
const EXTRA_PLACES = [
  'new york', 'new york city', 'nyc', 'los angeles', 'san francisco', 'san jose', 'san diego', 'san antonio',
  'las vegas', 'new orleans', 'salt lake city', 'kansas city', 'oklahoma city', 'st louis', 'saint louis',
  'st paul', 'saint paul', 'washington', 'washington dc', 'district of columbia', 'philadelphia', 'philly',
  'chicago', 'boston', 'seattle', 'portland', 'denver', 'atlanta', 'miami', 'orlando', 'tampa', 'dallas',
  'houston', 'austin', 'phoenix', 'detroit', 'minneapolis', 'baltimore', 'pittsburgh', 'cleveland',
  'cincinnati', 'nashville', 'memphis', 'sacramento', 'fresno', 'oakland', 'berkeley', 'palo alto',
  'sunnyvale', 'santa clara', 'santa rosa', 'santa cruz', 'santa monica', 'santa barbara', 'walnut creek',
  'mountain view', 'redwood city', 'san mateo', 'san rafael', 'san ramon', 'san leandro', 'daly city',
  'long beach', 'anaheim', 'irvine', 'pasadena', 'vancouver', 'toronto', 'montreal', 'ottawa', 'calgary',
  'edmonton', 'winnipeg', 'quebec', 'halifax', 'mexico city', 'guadalajara', 'monterrey', 'tijuana',
  'cancun', 'havana', 'bogota', 'medellin', 'lima', 'quito', 'caracas', 'santiago', 'buenos aires',
  'sao paulo', 'rio de janeiro', 'brasilia', 'montevideo', 'asuncion', 'la paz', 'panama city',
  'london', 'manchester', 'birmingham', 'liverpool', 'leeds', 'glasgow', 'edinburgh', 'cardiff',
  'belfast', 'dublin', 'cork', 'bristol', 'oxford', 'cambridge', 'paris', 'lyon', 'marseille', 'nice',
  'toulouse', 'bordeaux', 'berlin', 'munich', 'hamburg', 'frankfurt', 'cologne', 'stuttgart',
  'dusseldorf', 'vienna', 'zurich', 'geneva', 'bern', 'basel', 'amsterdam', 'rotterdam', 'the hague',
  'brussels', 'antwerp', 'luxembourg', 'madrid', 'barcelona', 'valencia', 'seville', 'lisbon', 'porto',
  'rome', 'milan', 'naples', 'turin', 'florence', 'venice', 'bologna', 'athens', 'istanbul', 'ankara',
  'izmir', 'copenhagen', 'stockholm', 'oslo', 'helsinki', 'reykjavik', 'warsaw', 'krakow', 'wroclaw',
  'gdansk', 'poznan', 'prague', 'brno', 'budapest', 'bratislava', 'bucharest', 'sofia', 'belgrade',
  'zagreb', 'ljubljana', 'sarajevo', 'kyiv', 'kiev', 'kharkiv', 'lviv', 'odesa', 'odessa', 'minsk',
  'moscow', 'st petersburg', 'saint petersburg', 'riga', 'vilnius', 'tallinn', 'cairo', 'alexandria',
  'casablanca', 'rabat', 'marrakech', 'tunis', 'algiers', 'tripoli', 'lagos', 'abuja', 'ibadan',
  'kano', 'port harcourt', 'accra', 'kumasi', 'tamale', 'takoradi', 'dakar', 'abidjan', 'bamako',
  'nairobi', 'mombasa', 'kampala', 'kigali', 'addis ababa', 'dar es salaam', 'johannesburg',
  'cape town', 'durban', 'pretoria', 'harare', 'lusaka', 'luanda', 'kinshasa', 'dubai', 'abu dhabi',
  'doha', 'riyadh', 'jeddah', 'mecca', 'medina', 'kuwait city', 'muscat', 'manama', 'amman', 'beirut',
  'damascus', 'baghdad', 'tehran', 'jerusalem', 'tel aviv', 'karachi', 'lahore', 'islamabad',
  'rawalpindi', 'peshawar', 'dhaka', 'chittagong', 'kathmandu', 'colombo', 'mumbai', 'bombay', 'delhi',
  'new delhi', 'bangalore', 'bengaluru', 'chennai', 'madras', 'kolkata', 'calcutta', 'hyderabad',
  'pune', 'ahmedabad', 'jaipur', 'lucknow', 'kanpur', 'nagpur', 'indore', 'bhopal', 'patna', 'surat',
  'kochi', 'cochin', 'trivandrum', 'thiruvananthapuram', 'coimbatore', 'madurai', 'mysore', 'mysuru',
  'visakhapatnam', 'chandigarh', 'gurgaon', 'gurugram', 'noida', 'goa', 'beijing', 'shanghai',
  'guangzhou', 'shenzhen', 'chengdu', 'chongqing', 'wuhan', 'tianjin', 'nanjing', 'hangzhou', "xi'an",
  'suzhou', 'hong kong', 'macau', 'taipei', 'kaohsiung', 'tokyo', 'osaka', 'kyoto', 'yokohama', 'nagoya',
  'sapporo', 'fukuoka', 'kobe', 'hiroshima', 'seoul', 'busan', 'incheon', 'daegu', 'pyongyang',
  'hanoi', 'ho chi minh city', 'saigon', 'da nang', 'haiphong', 'bangkok', 'phuket', 'chiang mai',
  'kuala lumpur', 'penang', 'singapore', 'jakarta', 'surabaya', 'bandung', 'bali', 'manila',
  'quezon city', 'cebu', 'davao', 'phnom penh', 'yangon', 'vientiane', 'sydney', 'melbourne',
  'brisbane', 'perth', 'adelaide', 'canberra', 'hobart', 'darwin', 'auckland', 'wellington',
  'christchurch', 'honolulu', 'anchorage',
  'england', 'scotland', 'wales', 'northern ireland', 'great britain', 'united kingdom', 'uk',
  'united states', 'united states of america', 'usa', 'america', 'europe', 'asia', 'africa',
  'north america', 'south america', 'latin america', 'middle east', 'australia', 'oceania',
  'antarctica', 'caribbean', 'scandinavia', 'siberia', 'ontario', 'british columbia', 'alberta',
  'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick', 'newfoundland', 'yukon', 'nunavut',
  'bavaria', 'catalonia', 'andalusia', 'tuscany', 'sicily', 'sardinia', 'lombardy', 'provence',
  'normandy', 'brittany', 'kerala', 'tamil nadu', 'karnataka', 'maharashtra', 'gujarat', 'punjab',
  'rajasthan', 'uttar pradesh', 'bihar', 'west bengal', 'telangana', 'andhra pradesh', 'odisha',
  'assam', 'kashmir', 'new south wales', 'queensland', 'victoria', 'tasmania', 'western australia',
  'south australia', 'northern territory',
];

/** Well-known companies and brands (lower-case). */
const EXTRA_ORGS = [
  'google', 'alphabet', 'microsoft', 'apple inc', 'amazon', 'amazon web services', 'aws', 'meta', 'facebook',
  'instagram', 'whatsapp', 'twitter', 'linkedin', 'youtube', 'netflix', 'spotify', 'hulu', 'disney',
  'paypal', 'venmo', 'zelle', 'stripe', 'square', 'ebay', 'etsy', 'shopify', 'walmart', 'costco',
  'target corporation', 'home depot', "lowe's", 'best buy', 'ikea', 'starbucks', "mcdonald's", 'mcdonalds',
  'burger king', 'kfc', 'subway', "domino's", 'pizza hut', 'chipotle', "wendy's", 'taco bell',
  'dunkin', "dunkin'", 'uber', 'lyft', 'airbnb', 'doordash', 'grubhub', 'instacart', 'fedex', 'ups',
  'usps', 'dhl', 'verizon', 'at&t', 't-mobile', 'sprint', 'comcast', 'xfinity', 'spectrum', 'vodafone',
  'orange s.a.', 'telefonica', 'bt group', 'jio', 'airtel', 'mtn', 'safaricom', 'samsung', 'sony',
  'lg electronics', 'huawei', 'xiaomi', 'lenovo', 'dell', 'hp', 'ibm', 'intel', 'amd', 'nvidia', 'oracle',
  'salesforce', 'adobe', 'cisco', 'sap', 'tesla', 'ford motor company', 'general motors', 'toyota',
  'honda', 'nissan', 'hyundai', 'kia', 'volkswagen', 'bmw', 'mercedes-benz', 'audi', 'volvo',
  'jpmorgan', 'jpmorgan chase', 'chase bank', 'bank of america', 'wells fargo', 'citibank', 'citigroup',
  'goldman sachs', 'morgan stanley', 'capital one', 'american express', 'amex', 'visa inc', 'mastercard',
  'discover financial', 'hsbc', 'barclays', 'lloyds', 'natwest', 'santander', 'bnp paribas',
  'deutsche bank', 'ubs', 'credit suisse', 'ing', 'rabobank', 'td bank', 'rbc', 'scotiabank',
  'icici', 'hdfc', 'sbi', 'state bank of india', 'axis bank', 'kotak', 'ecobank', 'gtbank', 'zenith bank',
  'first bank', 'access bank', 'standard chartered', 'stanbic', 'absa', 'equity bank', 'kcb',
  'geico', 'allstate', 'state farm', 'progressive', 'aetna', 'cigna', 'humana', 'kaiser permanente',
  'blue cross', 'unitedhealthcare', 'medicare', 'medicaid', 'delta air lines', 'united airlines',
  'american airlines', 'southwest airlines', 'jetblue', 'alaska airlines', 'british airways',
  'lufthansa', 'air france', 'klm', 'emirates', 'qatar airways', 'etihad', 'ryanair', 'easyjet',
  'air india', 'indigo', 'singapore airlines', 'cathay pacific', 'qantas', 'air canada',
  'marriott', 'hilton', 'hyatt', 'sheraton', 'holiday inn', 'best western', 'expedia', 'booking.com',
  'tripadvisor', 'kayak', 'priceline', 'hertz', 'avis', 'enterprise rent-a-car', 'amtrak', 'greyhound',
  'nike', 'adidas', 'puma', "levi's", 'zara', 'h&m', 'gap inc', 'nordstrom', "macy's", 'kohls',
  "kohl's", 'sears', 'kmart', 'walgreens', 'cvs', 'rite aid', 'kroger', 'safeway', 'whole foods',
  "trader joe's", 'aldi', 'lidl', 'tesco', "sainsbury's", 'asda', 'carrefour', 'coca-cola', 'pepsico',
  'nestle', 'unilever', 'procter & gamble', 'johnson & johnson', 'pfizer', 'moderna', 'novartis',
  'roche', 'bayer', 'astrazeneca', 'glaxosmithkline', 'gsk', 'deloitte', 'pwc', 'kpmg', 'ernst & young',
  'accenture', 'mckinsey', 'infosys', 'tata', 'tata consultancy services', 'tcs', 'wipro', 'reliance',
  'reliance industries', 'flipkart', 'paytm', 'alibaba', 'tencent', 'baidu', 'bytedance', 'tiktok',
  'snapchat', 'pinterest', 'reddit', 'zoom', 'slack', 'dropbox', 'github', 'gitlab', 'atlassian',
  'reuters', 'bbc', 'cnn', 'nbc', 'cbs', 'abc news', 'fox news', 'new york times', 'washington post',
  'wall street journal', 'bloomberg', 'associated press', 'nasa', 'fbi', 'cia', 'irs', 'dmv', 'fda',
  'cdc', 'who', 'unicef', 'un', 'united nations', 'nato', 'european union', 'red cross', 'imf',
  'world bank', 'nhs', 'hmrc', 'dvla',
];

/** Strings that look like orgs in the lists but are mostly ordinary words. */
const ORG_DROP = new Set(w(`who un ing square target discover progressive indigo spectrum sprint subway
  meta visa chase apple gap orange shell delta united first access equity absa kcb sap amd ups`));

// ---------------------------------------------------------------------------
// Collect

const flat = (x) => (x == null ? [] : Array.isArray(x) ? x.flat(Infinity) : typeof x === 'object' ? Object.values(x).flatMap(flat) : []);
const LATIN = /^[\p{Script=Latin}'’ .-]+$/u;

function fakerLocales() {
  return Object.keys(faker)
    .filter((k) => /^[a-z]{2,3}(_[A-Za-z_]+)?$/.test(k) && faker[k] && typeof faker[k] === 'object' && !('faker' in faker[k] && typeof faker[k].faker === 'function'))
    .filter((k) => faker[k].person || faker[k].location);
}

const first = new Set();
const last = new Set();
const places = new Set();
const major = new Set();
const orgs = new Set();
/** Faker locales whose city lists are kept (the Hungarian list alone has 3,000 villages). */
const CITY_LOCALES = new Set(['en', 'en_CA', 'en_IN', 'en_GH', 'en_NG', 'en_AU', 'en_ZA', 'de', 'de_AT', 'de_CH', 'fr', 'es', 'es_MX', 'it', 'pl', 'cs_CZ', 'da', 'ro', 'hr', 'sk', 'tr', 'fi', 'nb_NO', 'pt_PT', 'fr_SN', 'id_ID', 'sl_SI', 'sr_RS_latin', 'lv']);

function addTokens(set, raw) {
  if (typeof raw !== 'string' || !LATIN.test(raw)) return;
  for (const part of raw.split(/\s+/)) {
    const f = fold(part).replace(/\.$/, '');
    if (TOKEN.test(f)) set.add(f);
  }
}
function addPhrase(set, raw) {
  if (typeof raw !== 'string' || !LATIN.test(raw)) return;
  const f = fold(raw).replace(/\s+/g, ' ').trim();
  if (f.length >= 2 && f.length <= 40 && PHRASE.test(f)) set.add(f);
}

for (const loc of fakerLocales()) {
  const d = faker[loc];
  const p = d.person ?? {};
  for (const n of flat(p.first_name)) addTokens(first, n);
  for (const n of flat(p.middle_name)) addTokens(first, n);
  for (const n of flat(p.last_name)) addTokens(last, n);
  const l = d.location ?? {};
  if (CITY_LOCALES.has(loc)) for (const n of flat(l.city_name)) addPhrase(places, n);
  for (const n of [...flat(l.state), ...flat(l.county)]) addPhrase(places, n);
  for (const n of flat(l.country)) addPhrase(loc === 'en' ? major : places, n);
  if (loc === 'en') for (const n of flat(l.state)) addPhrase(major, n);
}

const lexicon = nlp.model().one.lexicon;
const lexWords = new Set();
for (const [word, tag] of Object.entries(lexicon)) {
  const tags = [].concat(tag);
  if (tags.some((t) => t === 'FemaleName' || t === 'MaleName' || t === 'FirstName')) addTokens(first, word);
  else if (tags.includes('LastName')) addTokens(last, word);
  else if (tags.some((t) => t === 'City' || t === 'Country' || t === 'Region')) addPhrase(major, word);
  else if (tags.includes('Place')) addPhrase(places, word);
  else if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) addPhrase(orgs, word);
  else if (tags.includes('Person')) {
    const parts = word.split(' ');
    if (parts.length >= 2) {
      addTokens(first, parts[0]);
      addTokens(last, parts[parts.length - 1]);
    }
  } else if (!word.includes(' ')) lexWords.add(fold(word));
}
for (const n of EXTRA_FIRST) addTokens(first, n);
for (const n of EXTRA_LAST) addTokens(last, n);
for (const n of EXTRA_PLACES) addPhrase(major, n);
for (const n of major) places.delete(n);
for (const n of EXTRA_ORGS) addPhrase(orgs, n);
for (const n of ORG_DROP) orgs.delete(n);

// ---------------------------------------------------------------------------
// English words

if (!existsSync(DICT)) {
  console.error(`missing ${DICT}: install Debian's wamerican-small (apt-get install wamerican-small)`);
  process.exit(1);
}
const dict = new Set();
for (const line of readFileSync(DICT, 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line) || line.endsWith("'s")) continue;
  dict.add(fold(line));
}
for (const x of WORD_EXTRA) dict.add(x);
for (const x of lexWords) if (TOKEN.test(x)) dict.add(x);
for (const x of COMMON_EXTRA) dict.add(x);
for (const x of NEVER) dict.add(x);

/**
 * Single-word places and organisations that are ordinary words ("as", "normal", "paradise", "square")
 * or airport codes ("atl", "dfw") would fire all day long: only multi-word entries and the major
 * places keep them. "The Who" is dropped for the same reason ("the" is not matched, see tokenWords).
 */
function pruneWords(set, keep) {
  for (const x of [...set]) {
    const rest = x.startsWith('the ') ? x.slice(4) : x;
    if (rest.includes(' ')) continue;
    if (keep.has(x)) continue;
    if (rest.length <= 3 || dict.has(rest)) set.delete(x);
  }
}
pruneWords(places, new Set());
pruneWords(orgs, new Set(['amazon', 'apple inc', 'target corporation', 'chase bank', 'ups', 'usps', 'dhl', 'ibm', 'bbc', 'cnn', 'nbc', 'cbs', 'hp', 'nhs', 'kfc', 'aws', 'tcs', 'gsk', 'amex', 'nasa', 'fbi', 'cia', 'irs', 'dmv', 'fda', 'cdc', 'imf', 'hmrc', 'dvla', 'kpmg', 'pwc', 'rbc', 'sbi', 'bmw', 'kia', 'klm']));
for (const x of [...major]) if (x.startsWith('the ') && !x.slice(4).includes(' ') && dict.has(x.slice(4))) major.delete(x);

const never = new Set(NEVER.map(fold));
for (const n of never) {
  first.delete(n);
  last.delete(n);
}
// One- and two-letter entries are initials or noise.
for (const s of [first, last]) for (const n of s) if (n.length < 2) s.delete(n);

/** Names that are also common words: need capitalisation in context, a cue or a partner name. */
const nameWords = new Set([...first, ...last].filter((n) => dict.has(n)));

/**
 * Common words for the runtime (a token next to a name that is a common word is not a surname).
 * Kept small: words of 2-9 letters without an inflection whose stem is also listed.
 */
function stem(x) {
  if (x.endsWith('ies') && dict.has(x.slice(0, -3) + 'y')) return true;
  if (x.endsWith('est') && (dict.has(x.slice(0, -3)) || dict.has(x.slice(0, -2)))) return true;
  if (x.endsWith('er') && (dict.has(x.slice(0, -2)) || dict.has(x.slice(0, -1)))) return true;
  if (x.endsWith('es') && dict.has(x.slice(0, -2))) return true;
  if (x.endsWith('s') && dict.has(x.slice(0, -1))) return true;
  if (x.endsWith('ed') && (dict.has(x.slice(0, -2)) || dict.has(x.slice(0, -1)))) return true;
  if (x.endsWith('ing') && (dict.has(x.slice(0, -3)) || dict.has(x.slice(0, -3) + 'e'))) return true;
  if (x.endsWith('ly') && dict.has(x.slice(0, -2))) return true;
  return false;
}
const words = [...dict].filter((x) => TOKEN.test(x) && !stem(x) && !first.has(x) && !last.has(x));

// ---------------------------------------------------------------------------
// Write

/**
 * Front coding: entries sorted, each written as one upper-case letter giving the
 * length of the prefix it shares with the previous entry ("A" = 0 … "Z" = 25),
 * then the rest of it. Entries are lower-case, so the letters also separate them.
 * Decoded by decodeList() in src/detect/names/lexicon.ts.
 */
function frontCode(list) {
  let prev = '';
  let out = '';
  for (const x of list) {
    let k = 0;
    while (k < 25 && k < prev.length && k < x.length && prev[k] === x[k]) k++;
    out += String.fromCharCode(65 + k) + x.slice(k);
    prev = x;
  }
  return out;
}

function emit(file, name, doc, set) {
  const list = [...set].sort();
  for (const x of list) if (/[A-Z]/.test(x)) throw new Error(`upper-case letter in a ${name} entry`);
  const body = `/* Generated by scripts/build-gazetteer.mjs: do not edit. */\n/** ${doc}: ${list.length} entries, lower-case, ASCII-folded, front-coded (see decodeList in lexicon.ts). */\nexport const ${name} =\n  ${JSON.stringify(frontCode(list))};\n`;
  writeFileSync(join(OUT, file), body);
  console.log(`${file}: ${list.length} entries, ${body.length} bytes`);
}

mkdirSync(OUT, { recursive: true });
emit('first-names.ts', 'FIRST_NAMES', 'Given names', first);
emit('last-names.ts', 'LAST_NAMES', 'Family names', last);
emit('name-words.ts', 'NAME_WORDS', 'Names that are also ordinary English words', nameWords);
emit('never.ts', 'NEVER_NAMES', 'Words never taken for a name', never);
emit('words.ts', 'COMMON_WORDS', 'Common English words that are not names (stems only)', words);
emit('major-places.ts', 'MAJOR_PLACES', 'Countries, US states, regions and major world cities', major);
emit('places.ts', 'PLACES', 'Other cities, towns, regions and countries (several languages)', places);
emit('orgs.ts', 'ORGANIZATIONS', 'Well-known companies, brands and institutions', orgs);
