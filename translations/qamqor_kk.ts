<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Accounts</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Құпиясөз кемінде %1 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>Пайдаланушы аты 2–32 латын әрпінен, цифрдан, нүктеден, сызықшадан немесе астыңғы сызықтан тұрады.</translation>
    </message>
    <message>
        <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
        <translation>Филиал коды KZ-ALA түрінде болады: ел коды, сызықша, 2–6 әріп немесе цифр.</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>Филиалдың атауын енгізіңіз.</translation>
    </message>
    <message>
        <source>This branch is already set up.</source>
        <translation>Бұл филиал бұрыннан бапталған.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>%1 пайдаланушы аты бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>%1 пайдаланушысы жоқ.</translation>
    </message>
    <message>
        <source>The branch needs at least one active administrator.</source>
        <translation>Филиалда кемінде бір белсенді әкімші болуы керек.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Өз тіркелгіңізді өшіре алмайсыз.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a staff account</source>
        <translation>Қызметкер тіркелгісін қосу</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Көрсетілетін аты:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Құпиясөзді қ&amp;айталау:</translation>
    </message>
    <message>
        <source>Latin letters, e.g. aigerim.n</source>
        <translation>Латын әріптерімен, мысалы aigerim.n</translation>
    </message>
    <message>
        <source>Give the password to the person yourself; they can change it in Settings.</source>
        <translation>Құпиясөзді қызметкерге өзіңіз беріңіз; ол оны Баптаулар бөлімінде өзгерте алады.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>The first account. It adds the other staff accounts later.</source>
        <translation>Алғашқы тіркелгі. Кейін ол қалған қызметкерлердің тіркелгілерін қосады.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Көрсетілетін аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Nurlanovna</source>
        <translation>мысалы, Айгерім Нұрланқызы</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 8 characters.</source>
        <translation>Ұмытылған құпиясөзді ешкім қалпына келтіре алмайды: оны филиалдың кілттері сақталатын жерде сақтаңыз. Кемінде 8 таңба.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator.</source>
        <translation>Qamqor бағдарламасында қате шықты; соңғы әрекетіңіз сақталмаған болуы мүмкін. Бұл қайталанса, әкімшіңізге хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Visitors</source>
        <translation>Келушілер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Еріктілер</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Exchange with HQ</source>
        <translation>Бас кеңсемен алмасу</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Қызметкер тіркелгілері</translation>
    </message>
    <message>
        <source>Registering walk-in visitors, finding returning ones by any spelling of their name, and logging each visit and its needs.</source>
        <translation>Келушілерді тіркеу, қайта келгендерді атының кез келген жазылуы бойынша табу, әр келуді және оның қажеттіліктерін есепке алу.</translation>
    </message>
    <message>
        <source>Referrals to clinics, legal aid, shelters and other services, their follow-up, and printed referral letters.</source>
        <translation>Емханаларға, заң көмегіне, баспаналарға және басқа қызметтерге жолдамалар, олардың нәтижесін қадағалау және жолдамаларды басып шығару.</translation>
    </message>
    <message>
        <source>The volunteer register, shifts and assignments, hours worked, and printed rosters.</source>
        <translation>Еріктілер тізілімі, ауысымдар мен тапсырмалар, жұмыс сағаттары және кестелерді басып шығару.</translation>
    </message>
    <message>
        <source>Counts of visitors, visits, referrals and volunteer hours for the branch and for headquarters.</source>
        <translation>Филиал және бас кеңсе үшін келушілер, келулер, жолдамалар мен еріктілер сағаттарының саны.</translation>
    </message>
    <message>
        <source>Encrypted bundles of the branch&apos;s records for headquarters, and the answers that come back.</source>
        <translation>Бас кеңсеге жіберілетін филиал жазбаларының шифрланған топтамалары және келген жауаптар.</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>The branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <source>Its code appears in every record number, e.g. KZ-ALA-2026-000123.</source>
        <translation>Оның коды әр жазбаның нөмірінде болады, мысалы KZ-ALA-2026-000123.</translation>
    </message>
    <message>
        <source>Branch &amp;code:</source>
        <translation>Филиал к&amp;оды:</translation>
    </message>
    <message>
        <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
        <translation>Ел коды, сызықша, 2–6 әріп немесе цифр (KZ-ALA, KZ-SHY, KZ-AST).</translation>
    </message>
    <message>
        <source>Branch &amp;name:</source>
        <translation>Филиал а&amp;тауы:</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <source>The role decides what %1 (%2) may see and do.</source>
        <translation>%1 (%2) нені көріп, не істей алатынын рөл анықтайды.</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>ComingLaterPage</name>
    <message>
        <source>This part of Qamqor is coming in a later version. Nothing here works yet.</source>
        <translation>Qamqor бағдарламасының бұл бөлімі келесі нұсқаларда қосылады. Мұнда әзірге ештеңе жұмыс істемейді.</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Жоспарда: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot read the password file: %1</source>
        <translation>Құпиясөз файлын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Give %1 in a file (--password-file) or in the %2 variable.</source>
        <translation>Файлда (--password-file) немесе %2 айнымалысында мынаны көрсетіңіз: %1.</translation>
    </message>
    <message>
        <source>There is no branch here yet: run qamqor init first.</source>
        <translation>Мұнда әлі филиал жоқ: алдымен qamqor init командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Give your user name with --user (or QAMQOR_USER).</source>
        <translation>Пайдаланушы атыңызды --user (немесе QAMQOR_USER) арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>құпиясөзіңіз</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>әкімшінің құпиясөзі</translation>
    </message>
    <message>
        <source>Branch %1 is set up in %2.</source>
        <translation>%1 филиалы мына қалтада бапталды: %2.</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>дерекқор сервері</translation>
    </message>
    <message>
        <source>The number of visitors cannot be negative.</source>
        <translation>Келушілер саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>A demo branch was made in %1.</source>
        <translation>Мына қалтада демо филиал жасалды: %1.</translation>
    </message>
    <message>
        <source>Demo log-in: user %1, password %2 (other roles: %3).</source>
        <translation>Демо кіру: пайдаланушы %1, құпиясөз %2 (басқа рөлдер: %3).</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <source>the new password</source>
        <translation>жаңа құпиясөз</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>%1 пайдаланушысы қосылды.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 құпиясөзі өзгертілді.</translation>
    </message>
    <message>
        <source>User %1 was disabled; the database has a new key.</source>
        <translation>%1 пайдаланушысы өшірілді; дерекқордың кілті жаңартылды.</translation>
    </message>
    <message>
        <source>audit event %1 was altered</source>
        <translation>%1 аудит оқиғасы өзгертілген</translation>
    </message>
    <message>
        <source>audit event %1 is missing</source>
        <translation>%1 аудит оқиғасы жоқ</translation>
    </message>
    <message>
        <source>audit event %1 does not follow the one before it</source>
        <translation>%1 аудит оқиғасы алдыңғы оқиғаның жалғасы емес</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Row %1: already registered as %2</source>
        <translation>%1-жол: бұрыннан %2 ретінде тіркелген</translation>
    </message>
    <message>
        <source>The number of results must be at least 1.</source>
        <translation>Нәтижелер саны кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <source>Letter languages are one to three of kk, ru, en.</source>
        <translation>Жолдама хат тілдері — kk, ru, en тілдерінің біреуі, екеуі немесе үшеуі.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Letter %1 written to %2 (marked COPY).</source>
        <translation>%1 жолдама хаты жазылды («КӨШІРМЕ» белгісімен): %2.</translation>
    </message>
    <message>
        <source>Letter %1 written to %2.</source>
        <translation>%1 жолдама хаты жазылды: %2.</translation>
    </message>
    <message>
        <source>NOT GENUINE: this code was not made by this branch for this letter, or the letter was altered.</source>
        <translation>ТҮПНҰСҚАЛЫҒЫ РАСТАЛМАДЫ: бұл кодты осы филиал осы жолдама хат үшін жасамаған немесе хат өзгертілген.</translation>
    </message>
    <message>
        <source>Genuine letter %1, issued %2: %3 (%4), status %5.</source>
        <translation>Түпнұсқа жолдама хат %1, берілген күні %2: %3 (%4), күйі: %5.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Already registered?</source>
        <translation>Бұрыннан тіркелген бе?</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered before may be the one you are registering. Check with the visitor; if one of them is the same person, open that record instead of making a second one.</source>
        <translation>
            <numerusform>Бұрын тіркелген %n адам сіз тіркеп жатқан адам болуы мүмкін. Келушімен нақтылаңыз; егер бұл сол адам болса, екінші жазба жасамай, сол жазбаны ашыңыз.</numerusform>
            <numerusform>Бұрын тіркелген %n адамның бірі сіз тіркеп жатқан адам болуы мүмкін. Келушімен нақтылаңыз; егер олардың бірі сол адам болса, екінші жазба жасамай, сол жазбаны ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open this person</source>
        <translation>Осы &amp;жазбаны ашу</translation>
    </message>
    <message>
        <source>&amp;Save as a new person</source>
        <translation>Жаңа келуші ретінде &amp;сақтау</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Пішінге оралу</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>HQ key set version %1 installed. Fingerprint (check it with HQ by phone): %2</source>
        <translation>Бас кеңсенің кілттер жиыны орнатылды, нұсқасы: %1. Саусақ ізі (fingerprint) — оны бас кеңсемен телефон арқылы салыстырыңыз: %2</translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Fingerprint (read it to HQ by phone): %2</source>
        <translation>Тіркеу файлы мына жерге жазылды: %1. Саусақ ізі (fingerprint) — оны бас кеңсеге телефон арқылы оқып беріңіз: %2</translation>
    </message>
    <message>
        <source>%1 written: bundle %2 with %3 change(s), %4 to %5.</source>
        <translation>%1 жазылды: %2 пакеті, өзгерістер саны: %3, аралығы: %4–%5.</translation>
    </message>
    <message>
        <source>This return bundle was applied before; nothing changed.</source>
        <translation>Бұл жауап пакеті бұрын қолданылған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>HQ acknowledged changes through %1; %2 sent change(s) pruned, %3 rejected, %4 service provider(s) updated.</source>
        <translation>Бас кеңсе %1 нөміріне дейінгі (қоса алғанда) өзгерістерді растады; жіберілген өзгерістерден жойылғаны: %2, қабылданбағаны: %3, жаңартылған қызмет берушілер: %4.</translation>
    </message>
    <message>
        <source>Rejected change %1 (%2 %3): %4</source>
        <translation>Қабылданбаған өзгеріс %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>This file is not a Qamqor bundle.</source>
        <translation>Бұл файл Qamqor пакеті емес.</translation>
    </message>
    <message>
        <source>This return bundle is for branch %1, not for this branch (%2).</source>
        <translation>Бұл жауап пакеті осы филиалға (%2) емес, %1 филиалына арналған.</translation>
    </message>
    <message>
        <source>A recipient key in the HQ key set is not valid.</source>
        <translation>Бас кеңсенің кілттер жиынындағы алушы кілттерінің бірі жарамсыз.</translation>
    </message>
    <message>
        <source>The decryption key is not a valid age identity.</source>
        <translation>Шифрды ашу кілті жарамды age кілті (age identity) емес.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this key: it cannot be decrypted here.</source>
        <translation>Бұл пакет осы кілтке арналмаған: оны мұнда шифрдан ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>The bundle is damaged or was altered (truncated or changed bytes): refused.</source>
        <translation>Пакет зақымдалған немесе өзгертілген (қысқартылған немесе өзгертілген байттар): қабылданбады.</translation>
    </message>
    <message>
        <source>This bundle has format version %1, which this program does not know: update Qamqor.</source>
        <translation>Бұл пакеттің пішім нұсқасы — %1, бағдарлама оны білмейді: Qamqor бағдарламасын жаңартыңыз.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match the sender&apos;s key: refused.</source>
        <translation>Пакеттің қолтаңбасы жіберушінің кілтіне сәйкес келмейді: қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle&apos;s contents do not match its manifest: refused.</source>
        <translation>Пакеттің мазмұны оның манифесіне сәйкес келмейді: қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle member %1 does not match its manifest: refused.</source>
        <translation>Пакеттегі %1 файлы манифеске сәйкес келмейді: қабылданбады.</translation>
    </message>
    <message>
        <source>Branch %1 is already enrolled with other keys: refused.</source>
        <translation>%1 филиалы басқа кілттермен бұрыннан тіркелген: қабылданбады.</translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ: run qamqor-hq enrol with its enrolment file first.</source>
        <translation>%1 филиалы бас кеңседе тіркелмеген: алдымен оның тіркеу файлымен qamqor-hq enrol командасын орындаңыз.</translation>
    </message>
    <message>
        <source>The bundle is not signed with the enrolled key of branch %1: refused.</source>
        <translation>Пакетке %1 филиалының тіркелген кілтімен қол қойылмаған: қабылданбады.</translation>
    </message>
    <message>
        <source>FORK: branch %1 sent two different bundles numbered %2 (a restored or copied computer?). Refused; nothing was merged. Call the branch.</source>
        <translation>АЙЫРЫЛУ (FORK): %1 филиалы %2 нөмірлі екі түрлі пакет жіберді (компьютер қалпына келтірілген немесе көшірілген бе?). Қабылданбады; ештеңе біріктірілген жоқ. Филиалға қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>FORK: bundle %2 of branch %1 does not follow the bundle %3 HQ already has. Refused; nothing was merged. Call the branch.</source>
        <translation>АЙЫРЫЛУ (FORK): %1 филиалының %2 пакеті бас кеңседе бар %3 пакетінің жалғасы емес. Қабылданбады; ештеңе біріктірілген жоқ. Филиалға қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 starts at change %3 but HQ has applied only through %4: changes are missing. Refused.</source>
        <translation>%1 филиалының %2 пакеті %3 нөмірлі өзгерістен басталады, ал бас кеңсе тек %4 нөміріне дейінгі өзгерістерді қолданған: өзгерістердің бір бөлігі жетіспейді. Қабылданбады.</translation>
    </message>
    <message>
        <source>Bundle %2 of branch %1 could not be applied (%3); nothing was changed.</source>
        <translation>%1 филиалының %2 пакетін қолдану мүмкін болмады (%3); ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>Branch %1 is not enrolled at HQ.</source>
        <translation>%1 филиалы бас кеңседе тіркелмеген.</translation>
    </message>
    <message>
        <source>This file is not a %1 file.</source>
        <translation>Бұл файл %1 файлы емес.</translation>
    </message>
    <message>
        <source>The HQ key set&apos;s signature does not verify: it was altered or not made by HQ.</source>
        <translation>Бас кеңсе кілттер жиынының қолтаңбасы расталмады: ол өзгертілген немесе оны бас кеңсе жасамаған.</translation>
    </message>
    <message>
        <source>%1 already exists: HQ keys are never overwritten.</source>
        <translation>%1 бұрыннан бар: бас кеңсе кілттері ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Cannot read the HQ keys in %1: %2</source>
        <translation>%1 ішіндегі бас кеңсе кілттерін оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The HQ signing key in %1 does not belong to its key set.</source>
        <translation>%1 ішіндегі бас кеңсенің қолтаңба кілті оның кілттер жиынына тиесілі емес.</translation>
    </message>
    <message>
        <source>The enrolment file&apos;s signature does not verify: it was altered.</source>
        <translation>Тіркеу файлының қолтаңбасы расталмады: файл өзгертілген.</translation>
    </message>
    <message>
        <source>Give the HQ database with --db URL (or QAMQOR_HQ_DB).</source>
        <translation>Бас кеңсе дерекқорын --db URL (немесе QAMQOR_HQ_DB) арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>HQ keys written to %1. Keep hq-primary.agekey, hq-escrow.agekey and hq-signing.key secret; give hq-keyset.json to the branches.</source>
        <translation>Бас кеңсе кілттері мына жерге жазылды: %1. hq-primary.agekey, hq-escrow.agekey және hq-signing.key файлдарын құпия сақтаңыз; hq-keyset.json файлын филиалдарға беріңіз.</translation>
    </message>
    <message>
        <source>Key set fingerprint (read it out by phone): %1</source>
        <translation>Кілттер жиынының саусақ ізі (fingerprint) — оны телефон арқылы оқып беріңіз: %1</translation>
    </message>
    <message>
        <source>Branch %1 (%2) enrolled; fingerprint %3.</source>
        <translation>%1 (%2) филиалы тіркелді; саусақ ізі (fingerprint): %3.</translation>
    </message>
    <message>
        <source>Branch %1 (%2) was already enrolled with these keys; fingerprint %3.</source>
        <translation>%1 (%2) филиалы осы кілттермен бұрыннан тіркелген; саусақ ізі (fingerprint): %3.</translation>
    </message>
    <message>
        <source>%1 bundle %2: imported before; nothing changed (%3 already present).</source>
        <translation>%1, %2 пакеті: бұрын импортталған; ештеңе өзгерген жоқ (бұрыннан бары: %3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: older than what HQ has; nothing changed (%3 already present).</source>
        <translation>%1, %2 пакеті: бас кеңседегі деректерден ескі; ештеңе өзгерген жоқ (бұрыннан бары: %3).</translation>
    </message>
    <message>
        <source>%1 bundle %2: %3 applied, %4 already present, %5 conflicts, %6 rejected.</source>
        <translation>%1, %2 пакеті: қолданылғаны: %3, бұрыннан бары: %4, қайшылықтар: %5, қабылданбағаны: %6.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 қалтасы жоқ.</translation>
    </message>
    <message>
        <source>%1: return bundle %2 acknowledges changes through %3 (%4 rejected).</source>
        <translation>%1: %2 жауап пакеті %3 нөміріне дейінгі өзгерістерді растайды (қабылданбағаны: %4).</translation>
    </message>
    <message>
        <source>This HQ key set (version %1) is not newer than the one installed (version %2).</source>
        <translation>Бас кеңсенің бұл кілттер жиыны (%1 нұсқасы) орнатылғанынан (%2 нұсқасы) жаңа емес.</translation>
    </message>
    <message>
        <source>Install the HQ key set first (qamqor keys install-hq FILE).</source>
        <translation>Алдымен бас кеңсенің кілттер жиынын орнатыңыз (qamqor keys install-hq FILE).</translation>
    </message>
    <message>
        <source>HQ acknowledges changes through %1, but this branch sent only through %2: is this database restored from an old backup? Nothing was changed.</source>
        <translation>Бас кеңсе %1 нөміріне дейінгі өзгерістерді растайды, бірақ бұл филиал тек %2 нөміріне дейін жіберген: бұл дерекқор ескі сақтық көшірмеден қалпына келтірілген бе? Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written: use another stick.</source>
        <translation>Жазылған пакет (%1) қайта оқылғанда жазылғанымен сәйкес келмейді: басқа флешканы пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Could not write the bundle %1: %2</source>
        <translation>%1 пакетін жазу мүмкін болмады: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Qamqor — set up this branch</source>
        <translation>Qamqor — филиалды баптау</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Create the branch</source>
        <translation>&amp;Филиалды құру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up</source>
        <translation>Нәтижесін қадағалау</translation>
    </message>
    <message>
        <source>Follow up &amp;on:</source>
        <translation>&amp;Қадағалау күні:</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтижесі:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot read “%1”: save the register from Excel as .xlsx or .csv.</source>
        <translation>“%1” файлын оқу мүмкін емес: тізілімді Excel-ден .xlsx немесе .csv түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” файлы бос.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>“%1” файлын ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot read the text of “%1”: save it from Excel as “CSV UTF-8”.</source>
        <translation>“%1” файлының мәтінін оқу мүмкін емес: оны Excel-ден “CSV UTF-8” түрінде сақтаңыз.</translation>
    </message>
    <message>
        <source>“%1” is not a readable CSV file: %2</source>
        <translation>“%1” — оқылатын CSV файлы емес: %2</translation>
    </message>
    <message>
        <source>“%1” is not an Excel workbook that can be read (.xlsx).</source>
        <translation>“%1” — оқылатын Excel кітабы (.xlsx) емес.</translation>
    </message>
    <message>
        <source>Column “%1”: %2</source>
        <translation>“%1” бағаны: %2</translation>
    </message>
    <message>
        <source>“%1” is not a sex: write F or M (Ж or М, Ә or Е).</source>
        <translation>“%1” — жынысты білдірмейді: F немесе M (Ж немесе М, Ә немесе Е) деп жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown country “%1”: write its name or its two-letter code (UZ, TJ, KG).</source>
        <translation>Белгісіз ел “%1”: оның атауын немесе екі әріпті кодын жазыңыз (UZ, TJ, KG).</translation>
    </message>
    <message>
        <source>No column holds names. Head the name columns Фамилия / Тегі / family_name, Имя / Аты / given_name, or ФИО / Аты-жөні / full_name for the whole name.</source>
        <translation>Аты-жөні жазылған баған жоқ. Аты-жөні бағандарына Фамилия / Тегі / family_name, Имя / Аты / given_name деп, ал толық аты-жөні үшін ФИО / Аты-жөні / full_name деп тақырып қойыңыз.</translation>
    </message>
    <message>
        <source>The import was cancelled; the rows imported before that are kept.</source>
        <translation>Импорттау тоқтатылды; оған дейін импортталған жолдар сақталды.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1-баған</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>Already registered as</source>
        <translation>Бұрыннан тіркелген жазба</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>Тізілімді импорттау</translation>
    </message>
    <message>
        <source>Bring in the visitors of a register the branch kept before Qamqor: an Excel workbook (.xlsx) or a CSV file whose first row names the columns. Nothing is saved until you have checked the columns and pressed Import. People already registered are skipped and listed.</source>
        <translation>Филиал Qamqor бағдарламасына дейін жүргізген тізілімдегі келушілерді көшіріңіз: Excel кітабы (.xlsx) немесе бірінші жолында баған атаулары бар CSV файлы. Бағандарды тексеріп, импорттауды бастағанға дейін ештеңе сақталмайды. Бұрыннан тіркелген адамдар өткізіліп, тізіммен көрсетіледі.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Файлды таңдау…</translation>
    </message>
    <message>
        <source>Which column holds what? Qamqor guessed from the column names; correct what it got wrong. Columns left “not imported” are ignored.</source>
        <translation>Қай бағанда не бар? Qamqor баған атауларына қарап болжады; қате анықталғанын түзетіңіз. “импортталмайды” деп қалдырылған бағандар ескерілмейді.</translation>
    </message>
    <message>
        <source>1. Choose the file</source>
        <translation>1. Файлды таңдау</translation>
    </message>
    <message>
        <source>2. Check the columns</source>
        <translation>2. Бағандарды тексеру</translation>
    </message>
    <message>
        <source>3. Importing</source>
        <translation>3. Импорттау</translation>
    </message>
    <message>
        <source>4. Report</source>
        <translation>4. Есеп</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Stopping after the rows being saved now…</source>
        <translation>Қазір сақталып жатқан жолдардан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>Импорттайтын тізілімді таңдаңыз</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation>Тізілімдер (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Файл әлі таңдалмаған.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the column names.</source>
        <translation>
            <numerusform>%1: баған атауларының астында %n жол.</numerusform>
            <numerusform>%1: баған атауларының астында %n жол.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) as they will be read.</source>
        <translation>
            <numerusform>Алғашқы %n жол — оқылатын күйінде.</numerusform>
            <numerusform>Алғашқы %n жол — оқылатын күйінде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are (see Problems); the others can.</source>
        <translation>
            <numerusform>Олардың %n жолын сол күйінде импорттау мүмкін емес (Мәселелер бағанын қараңыз); қалғандарын импорттауға болады.</numerusform>
            <numerusform>Олардың %n жолын сол күйінде импорттау мүмкін емес (Мәселелер бағанын қараңыз); қалғандарын импорттауға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Жолдар тексерілуде…</translation>
    </message>
    <message>
        <source>Importing: %1 of %2 rows done…</source>
        <translation>Импорттау: %2 жолдың %1 жолы дайын…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat people already registered; they were not registered again:</source>
        <translation>
            <numerusform>%n жол бұрыннан тіркелген адамды қайталайды; ол қайта тіркелмеді:</numerusform>
            <numerusform>%n жол бұрыннан тіркелген адамдарды қайталайды; олар қайта тіркелмеді:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read; correct them in the file and import it again (rows already imported are then skipped):</source>
        <translation>
            <numerusform>%n жолды оқу мүмкін болмады; оны файлда түзетіп, файлды қайта импорттаңыз (бұрын импортталған жолдар сонда өткізіледі):</numerusform>
            <numerusform>%n жолды оқу мүмкін болмады; оларды файлда түзетіп, файлды қайта импорттаңыз (бұрын импортталған жолдар сонда өткізіледі):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The branch&apos;s database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
        <translation>Филиал дерекқоры Qamqor бағдарламасының осы нұсқасына сай жаңартылды. Алдын ала бұрынғы дерекқордың көшірмесі мына қалтада сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>Letter</name>
    <message>
        <source>Tuberculosis clinic</source>
        <translation>Туберкулезге қарсы диспансер</translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation>АИТВ / ЖИТС орталығы</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation>Көші-қон қызметтері орталығы</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Отбасылық байланыстарды қалпына келтіру</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Басқа қызмет</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Өте шұғыл</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Жоспарлы</translation>
    </message>
    <message>
        <source>Emergency: within 24 hours</source>
        <translation>Өте шұғыл: 24 сағат ішінде</translation>
    </message>
    <message>
        <source>Urgent: within 72 hours</source>
        <translation>Шұғыл: 72 сағат ішінде</translation>
    </message>
    <message>
        <source>Routine: within 2 weeks</source>
        <translation>Жоспарлы: 2 апта ішінде</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Сөйлейтін тілдері</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Acting director</source>
        <translation>Директордың м.а.</translation>
    </message>
    <message>
        <source>Deputy director</source>
        <translation>Директордың орынбасары</translation>
    </message>
    <message>
        <source>Service provided</source>
        <translation>Қызмет көрсетілді</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Басқа ұйымға жолданды</translation>
    </message>
    <message>
        <source>Service not provided</source>
        <translation>Қызмет көрсетілмеді</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Жолдама хат</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 is this page&apos;s number, %2 the number of pages.</extracomment>
        <translation>%2 беттің %1-беті</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>Referring organisation</source>
        <translation>Жолдаған ұйым</translation>
    </message>
    <message>
        <source>Receiving organisation</source>
        <translation>Қабылдаушы ұйым</translation>
    </message>
    <message>
        <source>Tel.</source>
        <translation>Тел.</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Филиал коды</translation>
    </message>
    <message>
        <source>Person referred</source>
        <translation>Жолданатын адам</translation>
    </message>
    <message>
        <source>Service requested</source>
        <translation>Сұралатын қызмет</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Please receive the person by</source>
        <translation>Адамды қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Жолдау себебі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>The person named above has agreed that the facts in this letter be shared with %1 for this referral only. Please keep this letter confidential: do not copy it or pass it on.</source>
        <extracomment>%1 is the receiving organisation&apos;s name.</extracomment>
        <translation>Жоғарыда аталған адам осы хаттағы мәліметтердің тек осы жолдама үшін %1 ұйымына берілуіне келісім берді. Осы хаттың құпиялылығын сақтауыңызды сұраймыз: оны көшірмеңіз және басқа біреуге бермеңіз.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Мөр</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>I agree to this referral</source>
        <translation>Осы жолдамаға келісемін</translation>
    </message>
    <message>
        <source>Cut here</source>
        <translation>Қию сызығы</translation>
    </message>
    <message>
        <source>Feedback slip</source>
        <translation>Кері байланыс талоны</translation>
    </message>
    <message>
        <source>Please fill in and return to the branch</source>
        <translation>Толтырып, филиалға қайтаруыңызды сұраймыз</translation>
    </message>
    <message>
        <source>Date the person was seen</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>Аты-жөні және лауазымы</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Locked — enter the password of %1</source>
        <translation>Құлыпталды — %1 құпиясөзін енгізіңіз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <source>Log out (another person can then log in)</source>
        <translation>Шығу (содан кейін басқа адам кіре алады)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Qamqor — log in</source>
        <translation>Qamqor — кіру</translation>
    </message>
    <message>
        <source>Qamqor</source>
        <translation>Qamqor</translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation>Пайдаланушы атыңыз бен құпиясөзіңізді енгізіп кіріңіз.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qamqor — %1</source>
        <translation>Qamqor — %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Branch %1 — %2</source>
        <translation>Филиал %1 — %2</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MakeReferralDialog</name>
    <message>
        <source>Make a referral</source>
        <translation>Жолдама ресімдеу</translation>
    </message>
    <message>
        <source>Referral for %1</source>
        <translation>Жолдама: %1</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Қызмет:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Қызмет &amp;беруші:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;Шұғылдығы:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Why the person needs this service, in a few words. No diagnosis: the letter names only the service.</source>
        <translation>Адамға бұл қызмет не үшін қажет екенін қысқаша жазыңыз. Диагнозды жазбаңыз: хатта тек қызмет аталады.</translation>
    </message>
    <message>
        <source>No provider of this service is in the directory yet. Add one under Referrals → Service directory.</source>
        <translation>Анықтамалықта бұл қызметтің қызмет берушісі әлі жоқ. Оны Жолдамалар → Қызметтер анықтамалығы бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>What the letter may say about the person</source>
        <translation>Хатта адам туралы көрсетуге болатын мәліметтер</translation>
    </message>
    <message>
        <source>Tick only what the person agreed to share with this provider. The name is always on the letter.</source>
        <translation>Адам осы қызмет берушіге беруге келісім берген мәліметтерді ғана белгілеңіз. Адамның аты хатта әрқашан көрсетіледі.</translation>
    </message>
    <message>
        <source>Make referral</source>
        <translation>Жолдама ресімдеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Қызмет берушіні таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another record</source>
        <translation>Басқа жазбамен біріктіру</translation>
    </message>
    <message>
        <source>Find the other record of %1 (%2). Its visits, documents and the rest move to this record, and its number keeps finding this person.</source>
        <translation>%1 (%2) адамының басқа жазбасын табыңыз. Оның келулері, құжаттары және қалған деректері осы жазбаға ауысады, ал оның нөмірі бойынша бұрынғыдай осы адам табылады.</translation>
    </message>
    <message>
        <source>Name in any script, phone, document or registration number</source>
        <translation>Кез келген әліпбидегі аты, телефон, құжат немесе тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Біріктіру…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Merge two records?</source>
        <translation>Екі жазбаны біріктіру керек пе?</translation>
    </message>
    <message>
        <source>%1 (%2) will be merged into %3 (%4), the record open now. Everything it holds moves there, and %2 will find %4. This cannot be undone.</source>
        <translation>%1 (%2) жазбасы қазір ашық тұрған %3 (%4) жазбасына біріктіріледі. Ондағы барлық деректер сонда ауысады, ал %2 нөмірі бойынша %4 табылатын болады. Бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
</context>
<context>
    <name>NoReferralAccessPage</name>
    <message>
        <source>Your role (%1) has no access to referrals. They are kept for caseworkers and directors, because a referral tells which service a person needs.</source>
        <translation>Сіздің рөліңіздің (%1) жолдамаларға қолжетімділігі жоқ. Олар әлеуметтік қызметкерлер мен директорларға ғана ашық, себебі жолдамадан адамға қандай қызмет қажет екені көрінеді.</translation>
    </message>
</context>
<context>
    <name>NoVisitorAccessPage</name>
    <message>
        <source>Your role (%1) has no access to visitors&apos; records. They are kept for receptionists, caseworkers and directors, so that people who keep volunteers or accounts do not see anyone&apos;s case.</source>
        <translation>Сіздің рөліңіздің (%1) келушілер жазбаларына қолжетімділігі жоқ. Олар тіркеушілерге, әлеуметтік қызметкерлер мен директорларға ғана ашық: еріктілерді немесе тіркелгілерді жүргізетін қызметкерлер ешкімнің ісін көрмеуі тиіс.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>This cannot be left empty.</source>
        <translation>Бұл өрісті бос қалдыруға болмайды.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role (%1) may not do this.</source>
        <translation>Сіздің рөліңізге (%1) бұл әрекетке рұқсат жоқ.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Өзгертілген өрістер</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>← Back to the search (Esc)</source>
        <translation>← Іздеуге оралу (Esc)</translation>
    </message>
    <message>
        <source>&amp;Log visit… (Ctrl+Shift+V)</source>
        <translation>&amp;Келуді тіркеу… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>&amp;Merge with another record…</source>
        <translation>Басқа жазбамен &amp;біріктіру…</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Latin spelling:</source>
        <translation>Латынша жазылуы:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Азаматтығы:</translation>
    </message>
    <message>
        <source>Country of origin:</source>
        <translation>Шыққан елі:</translation>
    </message>
    <message>
        <source>Arrival date:</source>
        <translation>Келген күні:</translation>
    </message>
    <message>
        <source>Migration status:</source>
        <translation>Көші-қон мәртебесі:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Languages, documents, household and consent</source>
        <translation>Тілдер, құжаттар, үй шаруашылығы және келісім</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Тілдері:</translation>
    </message>
    <message>
        <source>Identity documents:</source>
        <translation>Жеке басын куәландыратын құжаттар:</translation>
    </message>
    <message>
        <source>Household:</source>
        <translation>Үй шаруашылығы:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Келісім:</translation>
    </message>
    <message>
        <source>Also registered as:</source>
        <translation>Сондай-ақ мына нөмірмен тіркелген:</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>&amp;Show health information</source>
        <translation>&amp;Денсаулық туралы деректерді көрсету</translation>
    </message>
    <message>
        <source>Your viewing is recorded in the audit trail.</source>
        <translation>Сіздің қарағаныңыз аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Make &amp;referral…</source>
        <translation>&amp;Жолдама ресімдеу…</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Өзгерістер тарихы</translation>
    </message>
    <message>
        <source>No visits logged yet.</source>
        <translation>Әлі бірде-бір келу тіркелмеген.</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ештеңе енгізілмеген</translation>
    </message>
    <message numerus="yes">
        <source>Visits (%n)</source>
        <translation>
            <numerusform>Келулер (%n)</numerusform>
            <numerusform>Келулер (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Referrals are kept for caseworkers and directors.</source>
        <translation>Жолдамалар тек әлеуметтік қызметкерлер мен директорларға ашық.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Әлі жолдама жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Referrals (%n)</source>
        <translation>
            <numerusform>Жолдамалар (%n)</numerusform>
            <numerusform>Жолдамалар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>аудармашы қажет</translation>
    </message>
    <message>
        <source>, issued by %1</source>
        <translation>, берген: %1</translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation>, %1 дейін жарамды</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, туған жылы: %1</translation>
    </message>
    <message>
        <source>given</source>
        <translation>берілген</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>қайтарып алынған</translation>
    </message>
    <message>
        <source>Restricted health information is recorded.</source>
        <translation>Қолжетімділігі шектеулі денсаулық туралы деректер енгізілген.</translation>
    </message>
    <message>
        <source>No restricted health information is recorded.</source>
        <translation>Қолжетімділігі шектеулі денсаулық туралы деректер енгізілмеген.</translation>
    </message>
    <message>
        <source>Restricted health information is recorded. Show it only when the person&apos;s care needs it.</source>
        <translation>Қолжетімділігі шектеулі денсаулық туралы деректер енгізілген. Оларды адамға көмек көрсету үшін қажет болғанда ғана ашыңыз.</translation>
    </message>
    <message>
        <source>Recorded (your viewing is in the audit trail):</source>
        <translation>Енгізілген деректер (қарағаныңыз аудит журналына жазылды):</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>Өзгерістер сақталды.</translation>
    </message>
    <message>
        <source>The referral was saved as a draft. A director issues its letter under Referrals.</source>
        <translation>Жолдама жоба ретінде сақталды. Жолдама хатты директор Жолдамалар бөлімінде береді.</translation>
    </message>
    <message>
        <source>%1 was merged into this record.</source>
        <translation>%1 жазбасы осы жазбаға біріктірілді.</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Save as PDF files in a folder…</source>
        <translation>Қалтаға PDF файлдары ретінде сақтау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The system&apos;s print command (lp) is missing; save the letter as PDF instead.</source>
        <translation>Жүйенің басып шығару командасы (lp) жоқ; оның орнына хатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the letter: %2</source>
        <translation>%1 принтері хатты қабылдамады: %2</translation>
    </message>
    <message>
        <source>The printer did not take the letter: %1</source>
        <translation>Принтер хатты қабылдамады: %1</translation>
    </message>
    <message>
        <source>The letter could not be shown: %1</source>
        <translation>Хатты көрсету мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Басып шығаруды алдын ала қарау — %1</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Edit provider</source>
        <translation>Қызмет берушіні өңдеу</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Қызмет беруші қосу</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>&amp;Қазақша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>&amp;Орысша атауы:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>&amp;Ағылшынша атауы:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Қызм&amp;ет:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Сөйлейтін тілдері:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>Құ&amp;ны:</translation>
    </message>
    <message>
        <source>&amp;Opening hours:</source>
        <translation>&amp;Жұмыс уақыты:</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>С&amp;ыйымдылығы:</translation>
    </message>
    <message>
        <source>Last &amp;verified:</source>
        <translation>Соңғы тексеру &amp;күні:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Қолданыста:</translation>
    </message>
    <message>
        <source>Language codes, e.g. kk, ru, uz</source>
        <translation>Тіл кодтары, мысалы kk, ru, uz</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Offer this provider for new referrals</source>
        <translation>Бұл қызмет берушіні жаңа жолдамалар үшін ұсыну</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy.</source>
        <translation>Күнді кк.аа.жжжж түрінде жазыңыз.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Жұмыс уақыты</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Сыйымдылығы</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Соңғы тексеру</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Filter the directory</source>
        <translation>Анықтамалықтан іздеу</translation>
    </message>
    <message>
        <source>&amp;Add provider…</source>
        <translation>Қызмет беруші &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV импорттау…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 сақталды.</translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation>Қызметтер анықтамалығын импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Added %1, updated %2.</source>
        <translation>Қосылғаны: %1, жаңартылғаны: %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported:</source>
        <translation>
            <numerusform>%n жол импортталмады:</numerusform>
            <numerusform>%n жол импортталмады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the service directory</source>
        <translation>Қызметтер анықтамалығын экспорттау</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) exported.</source>
        <translation>
            <numerusform>%n қызмет беруші экспортталды.</numerusform>
            <numerusform>%n қызмет беруші экспортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralDetail</name>
    <message>
        <source>Person:</source>
        <translation>Келуші:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Қызмет беруші:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Қызмет:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Шұғылдығы:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>May be disclosed:</source>
        <translation>Беруге рұқсат етілгені:</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Қадағалау күні:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Тізімнен жолдаманы таңдаңыз.</translation>
    </message>
    <message>
        <source>Draft referral</source>
        <translation>Жолдама жобасы</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — мерзімі өткен</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, пайдаланушы: %3</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>TB clinic</source>
        <translation>Туберкулезге қарсы диспансер</translation>
    </message>
    <message>
        <source>HIV / AIDS centre</source>
        <translation>АИТВ / ЖИТС орталығы</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Migration service centre</source>
        <translation>Көші-қон қызметтері орталығы</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Restoring family links</source>
        <translation>Отбасылық байланыстарды қалпына келтіру</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Басқа қызмет</translation>
    </message>
    <message>
        <source>Emergency (24 hours)</source>
        <translation>Өте шұғыл (24 сағат)</translation>
    </message>
    <message>
        <source>Urgent (72 hours)</source>
        <translation>Шұғыл (72 сағат)</translation>
    </message>
    <message>
        <source>Normal (2 weeks)</source>
        <translation>Жоспарлы (2 апта)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Unknown service category %1.</source>
        <translation>Белгісіз қызмет санаты %1.</translation>
    </message>
    <message>
        <source>Give the provider a name in at least one language.</source>
        <translation>Қызмет берушінің атауын кемінде бір тілде енгізіңіз.</translation>
    </message>
    <message>
        <source>Capacity cannot be negative.</source>
        <translation>Сыйымдылық теріс бола алмайды.</translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation>Бұл қызмет беруші енді жоқ.</translation>
    </message>
    <message>
        <source>The person or the provider no longer exists.</source>
        <translation>Адам немесе қызмет беруші туралы жазба енді жоқ.</translation>
    </message>
    <message>
        <source>Unknown priority %1.</source>
        <translation>Белгісіз шұғылдық %1.</translation>
    </message>
    <message>
        <source>Unknown fact %1.</source>
        <translation>Белгісіз мәлімет %1.</translation>
    </message>
    <message>
        <source>A letter must at least name the person; ask for their consent to share the name.</source>
        <translation>Хатта кемінде адамның аты көрсетілуі керек; атын беруге оның келісімін сұраңыз.</translation>
    </message>
    <message>
        <source>Only a draft can be changed; this letter is issued.</source>
        <translation>Тек жобаны өзгертуге болады; бұл хат берілген.</translation>
    </message>
    <message>
        <source>Someone else changed this referral meanwhile. Open it again.</source>
        <translation>Осы уақытта бұл жолдаманы басқа біреу өзгертті. Оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This referral no longer exists.</source>
        <translation>Бұл жолдама енді жоқ.</translation>
    </message>
    <message>
        <source>A letter is issued by the director&apos;s own act.</source>
        <translation>Жолдама хатты директордың өзі береді.</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>Белгісіз күй %1.</translation>
    </message>
    <message>
        <source>A referral that is “%1” cannot become “%2”.</source>
        <translation>“%1” күйіндегі жолдама “%2” күйіне ауыса алмайды.</translation>
    </message>
    <message>
        <source>Give the reason the provider declined.</source>
        <translation>Қызмет берушінің бас тарту себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no issued letter %1.</source>
        <translation>%1 нөмірлі берілген жолдама хат жоқ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>This is not a provider list: the columns %1 are missing.</source>
        <translation>Бұл қызмет берушілер тізімі емес: %1 бағандары жоқ.</translation>
    </message>
    <message>
        <source>Capacity must be a whole number.</source>
        <translation>Сыйымдылық бүтін сан болуы керек.</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Мерзімі осы аптада</translation>
    </message>
    <message>
        <source>Awaiting feedback</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Accepted by the provider</source>
        <translation>Қызмет беруші қабылдады</translation>
    </message>
    <message>
        <source>Declined…</source>
        <translation>Бас тартылды…</translation>
    </message>
    <message>
        <source>Completed…</source>
        <translation>Орындалды…</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Келмеді деп белгілеу</translation>
    </message>
    <message>
        <source>Cancel referral…</source>
        <translation>Жолдаманың күшін жою…</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(жоба)</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — мерзімі өткен</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Мерзімі өткен: соңғы мерзім — %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Жолдама хат</translation>
    </message>
    <message>
        <source>Reg. number</source>
        <translation>Тірк. нөмірі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Келуші</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Қызмет беруші</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Қызмет</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>Service directory</source>
        <translation>Қызметтер анықтамалығы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Нәтижесін қадағалау…</translation>
    </message>
    <message>
        <source>Issue letter…</source>
        <translation>Жолдама хатты беру…</translation>
    </message>
    <message>
        <source>Fixes the letter number and signs the letter with the branch key.</source>
        <translation>Хатқа нөмір береді және оған филиал кілтімен қол қояды.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Басып шығаруды алдын ала қарау…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Letter in:</source>
        <translation>Хат тілі:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <source>Print today&apos;s issued letters…</source>
        <translation>Бүгін берілген хаттарды басып шығару…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n жолдама</numerusform>
            <numerusform>%n жолдама</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is now “%2”.</source>
        <translation>%1: күйі енді “%2”.</translation>
    </message>
    <message>
        <source>Declined by the provider</source>
        <translation>Қызмет беруші бас тартты</translation>
    </message>
    <message>
        <source>Why did the provider decline? This is kept with the referral.</source>
        <translation>Қызмет беруші неге бас тартты? Бұл жолдамамен бірге сақталады.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>What was the outcome for the person?</source>
        <translation>Адам үшін нәтижесі қандай болды?</translation>
    </message>
    <message>
        <source>Cancel this referral? It cannot be reopened.</source>
        <translation>Бұл жолдаманың күшін жоясыз ба? Оны қайта ашу мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Record that the person did not attend? This closes the referral.</source>
        <translation>Адам келмеді деп белгілейсіз бе? Бұдан кейін жолдама жабылады.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Ашық қалдыру</translation>
    </message>
    <message>
        <source>The follow-up was saved.</source>
        <translation>Қадағалау деректері сақталды.</translation>
    </message>
    <message>
        <source>Issue the letter?</source>
        <translation>Жолдама хатты бересіз бе?</translation>
    </message>
    <message>
        <source>Issuing gives the referral of %1 to %2 its letter number and signs it with the branch key. What the letter says cannot change afterwards.</source>
        <translation>Берілген кезде жолдамаға (%1 — %2) хат нөмірі беріледі және оған филиал кілтімен қол қойылады. Кейін хаттың мазмұнын өзгерту мүмкін болмайды.</translation>
    </message>
    <message>
        <source>Issue and sign</source>
        <translation>Беру және қол қою</translation>
    </message>
    <message>
        <source>Letter %1 was issued.</source>
        <translation>%1 жолдама хаты берілді.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Хатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Letter %1 was saved as %2.</source>
        <translation>%1 хаты мына файлға сақталды: %2.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the letter as PDF, or ask for a printer to be installed.</source>
        <translation>Бұл компьютерде принтер орнатылмаған. Хатты PDF ретінде сақтаңыз немесе принтер орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>Print letter %1.</source>
        <translation>%1 хатын басып шығару.</translation>
    </message>
    <message>
        <source>Letter %1 was sent to %2.</source>
        <translation>%1 хаты %2 принтеріне жіберілді.</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. Save the letter as PDF instead.</source>
        <translation>PDF файлдарын ашатын бағдарлама табылмады. Оның орнына хатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>No letters were issued today.</source>
        <translation>Бүгін бірде-бір хат берілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s) issued today.</source>
        <translation>
            <numerusform>Бүгін берілген %n хатты басып шығару.</numerusform>
            <numerusform>Бүгін берілген %n хатты басып шығару.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save today&apos;s letters into</source>
        <translation>Бүгінгі хаттарды сақтайтын қалта</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 letters.</source>
        <translation>%2 хаттың %1 хатынан кейін тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n хат басып шығарылды.</numerusform>
            <numerusform>%n хат басып шығарылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) saved.</source>
        <translation>
            <numerusform>%n хат сақталды.</numerusform>
            <numerusform>%n хат сақталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Жаңа құпиясөз орнату</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Their old password stops working.</source>
        <translation>%1 (%2) үшін жаңа құпиясөз. Ескі құпиясөзі бұдан былай жарамайды.</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). This also enables the disabled account again.</source>
        <translation>%1 (%2) үшін жаңа құпиясөз. Бұл өшірілген тіркелгіні де қайта қосады.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қ&amp;айталау:</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Құпиясөзді орнату</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>Тіркеуші</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Әлеуметтік қызметкер</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>Әрекетсіз кезде құлыптау уақыты 1-ден 60 минутқа дейін болуы керек.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Applies at once and is remembered on this computer.</source>
        <translation>Бірден қолданылады және осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Әрекетсіз кезде құлыптау</translation>
    </message>
    <message>
        <source>Lock after (&amp;minutes):</source>
        <translation>Құлыптау уақыты (&amp;минут):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without use, and at once with Ctrl+L.</source>
        <translation>
            <numerusform>Терезе %n минут әрекетсіз тұрғаннан кейін, ал Ctrl+L басқанда бірден құлыпталады.</numerusform>
            <numerusform>Терезе %n минут әрекетсіз тұрғаннан кейін, ал Ctrl+L басқанда бірден құлыпталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Құпиясөзіңіз</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Ағымдағы құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Жаңа құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>This branch&apos;s files (encrypted database, key file, backups) and this computer&apos;s settings are kept in:</source>
        <translation>Осы филиалдың файлдары (шифрланған дерекқор, кілт файлы, сақтық көшірмелер) және осы компьютердің баптаулары мына қалтада сақталады:</translation>
    </message>
    <message>
        <source>The records themselves are on the database server %1.</source>
        <translation>Жазбалардың өзі %1 дерекқор серверінде сақталады.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Ағымдағы құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>Жаңа құпиясөздер сәйкес келмейді. Бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Құпиясөзіңіз өзгертілді. Енді жаңасын пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Көрсетілетін аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Add a user…</source>
        <translation>Пайдаланушы қосу…</translation>
    </message>
    <message>
        <source>Set a new password…</source>
        <translation>Жаңа құпиясөз орнату…</translation>
    </message>
    <message>
        <source>Also enables a disabled account again.</source>
        <translation>Өшірілген тіркелгіні де қайта қосады.</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Өшіру…</translation>
    </message>
    <message numerus="yes">
        <source>%n active user(s)</source>
        <translation>
            <numerusform>%n белсенді пайдаланушы</numerusform>
            <numerusform>%n белсенді пайдаланушы</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can now log in as %2.</source>
        <translation>%1 енді %2 атымен кіре алады.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 құпиясөзі өзгертілді.</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 тіркелгісін өшіру керек пе?</translation>
    </message>
    <message>
        <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
        <translation>%1 (%2) бұдан былай жүйеге кіре алмайды.

Содан кейін Qamqor дерекқорға жаңа кілт береді: осы сәттен бастап жасалған дерекқор көшірмелерін бұл пайдаланушының құпиясөзімен ашу мүмкін болмайды. Тіркелгіні кейін жаңа құпиясөз орнатып, қайта қосуға болады.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>%1 was disabled; the database has a new key.</source>
        <translation>%1 тіркелгісі өшірілді; дерекқордың кілті жаңартылды.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. This account is locked until %1.</source>
        <translation>Құпиясөз тым көп рет қате терілді. Тіркелгі бұғатталды, қайта кіруге болатын уақыт: %1.</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Диск толы: %1 жазылмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The key file of this branch is missing. Restore it from a backup.</source>
        <translation>Осы филиалдың кілт файлы жоқ. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The key file of this branch is damaged. Restore it from a backup.</source>
        <translation>Осы филиалдың кілт файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The key file was made by a newer Qamqor. Install the newer version.</source>
        <translation>Кілт файлын Qamqor бағдарламасының жаңарақ нұсқасы жасаған. Жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <source>This branch has no escrow key.</source>
        <translation>Бұл филиалда бас кеңсенің резервтік кілті жоқ.</translation>
    </message>
    <message>
        <source>This escrow key does not open this branch.</source>
        <translation>Бұл резервтік кілт осы филиалды ашпайды.</translation>
    </message>
    <message>
        <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
        <translation>Бұл дерекқорды Qamqor бағдарламасының жаңарақ нұсқасы жаңартқан (%1 схемасы). Жаңа нұсқасын орнатыңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск толы: ештеңе сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A branch already exists in %1.</source>
        <translation>Мына қалтада филиал бұрыннан бар: %1.</translation>
    </message>
    <message>
        <source>The database file is missing from %1.</source>
        <translation>Мына қалтада дерекқор файлы жоқ: %1.</translation>
    </message>
    <message>
        <source>The database does not open with this branch&apos;s key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
        <translation>Дерекқор осы филиалдың кілтімен ашылмайды: файл зақымдалған немесе басқа кілт файлына тиесілі. Екеуін де сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Could not copy the database aside before updating it: %1</source>
        <translation>Жаңарту алдында дерекқордың көшірмесін жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation>Дерекқор серверіне қосылу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Log a visit</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <source>Visit of %1 (%2), now.</source>
        <translation>%1 (%2) келуі, қазір.</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Көрсетілген қызметтер</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Write the year with four digits, e.g. 1985.</source>
        <translation>Жылды төрт цифрмен жазыңыз, мысалы 1985.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Осы жолды жою</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Меңгеру деңгейі</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>қажет</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation>Тіл қосу</translation>
    </message>
    <message>
        <source>No languages recorded.</source>
        <translation>Тілдер енгізілмеген.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>31.12.2030</source>
        <translation>31.12.2030</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Құжат қосу</translation>
    </message>
    <message>
        <source>No documents recorded.</source>
        <translation>Құжаттар енгізілмеген.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Үй шаруашылығы</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Отбасы мүшесін қосу</translation>
    </message>
    <message>
        <source>No household members recorded.</source>
        <translation>Отбасы мүшелері енгізілмеген.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Tick what the person agreed to after it was explained to them.</source>
        <translation>Адамға түсіндірілгеннен кейін ол келіскен тармақтарды белгілеңіз.</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>Seen only by caseworkers and directors; every viewing is recorded. Record only what the person needs help with.</source>
        <translation>Оларды тек әлеуметтік қызметкерлер мен директорлар көреді; әр қарау тіркеледі. Адамға көмек қажет мәселелерді ғана енгізіңіз.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ескертпе (міндетті емес)</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Аты-жөні (жазылуынша)</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Same as typed</source>
        <translation>Сәйкес келетіні</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Жаңа келуші</translation>
    </message>
    <message>
        <source>Edit %1 (%2)</source>
        <translation>Өңдеу: %1 (%2)</translation>
    </message>
    <message>
        <source>Only a name and the sex or the age are required; everything else can stay empty. Enter saves, Esc cancels.</source>
        <translation>Тек аты және жынысы немесе жасы міндетті; қалғанын бос қалдыруға болады. Enter — сақтау, Esc — бас тарту.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Тегі:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>&amp;Patronymic:</source>
        <translation>&amp;Әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Latin spelling:</source>
        <translation>&amp;Латынша жазылуы:</translation>
    </message>
    <message>
        <source>as the visitor writes it, in any script</source>
        <translation>келуші жазғандай, кез келген әліпбимен</translation>
    </message>
    <message>
        <source>as in the passport, e.g. ABDULLAEV RUSTAM</source>
        <translation>төлқұжаттағыдай, мысалы ABDULLAEV RUSTAM</translation>
    </message>
    <message>
        <source>Sex and age</source>
        <translation>Жынысы мен жасы</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған к&amp;үні:</translation>
    </message>
    <message>
        <source>or estimated &amp;year of birth:</source>
        <translation>немесе &amp;шамамен туған жылы:</translation>
    </message>
    <message>
        <source>31.12.1990 or 1990-12-31</source>
        <translation>31.12.1990 немесе 1990-12-31</translation>
    </message>
    <message>
        <source>e.g. 1985</source>
        <translation>мысалы, 1985</translation>
    </message>
    <message>
        <source>Origin and status</source>
        <translation>Шыққан елі және мәртебесі</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>А&amp;заматтығы:</translation>
    </message>
    <message>
        <source>Country of &amp;origin:</source>
        <translation>Шыққан &amp;елі:</translation>
    </message>
    <message>
        <source>&amp;Arrival date:</source>
        <translation>&amp;Келген күні:</translation>
    </message>
    <message>
        <source>&amp;Migration status:</source>
        <translation>Көші-қон &amp;мәртебесі:</translation>
    </message>
    <message>
        <source>type to find a country</source>
        <translation>елді табу үшін теріңіз</translation>
    </message>
    <message>
        <source>31.12.2025</source>
        <translation>31.12.2025</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Мекенжа&amp;йы:</translation>
    </message>
    <message>
        <source>+7 701 234 56 78</source>
        <translation>+7 701 234 56 78</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Елді тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Checking whether this person is already registered…</source>
        <translation>Бұл адамның бұрын тіркелгені тексерілуде…</translation>
    </message>
    <message>
        <source>Discard what was typed?</source>
        <translation>Енгізілгенді сақтамау керек пе?</translation>
    </message>
    <message>
        <source>Nothing of this form has been saved. Close it and lose what was typed?</source>
        <translation>Бұл пішіндегі ештеңе сақталмаған. Оны жауып, енгізілгенді жоғалтасыз ба?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>VisitorTable</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Аты-жөні (жазылуынша)</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Немен табылды</translation>
    </message>
</context>
<context>
    <name>VisitorText</name>
    <message>
        <source>≈ %1</source>
        <comment>an estimated year of birth</comment>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Latin spelling</source>
        <translation>Латынша жазылуы</translation>
    </message>
    <message>
        <source>Whole name (family, given, patronymic)</source>
        <translation>Толық аты-жөні (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Туған жылы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Шыққан елі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Migration status</source>
        <translation>Көші-қон мәртебесі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Басқа жазбаға біріктірілді</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>Moved from a merged record</source>
        <translation>Біріктірілген жазбадан ауыстырылды</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Proficiency</source>
        <translation>Меңгеру деңгейі</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Аудармашы қажет</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Registered household member</source>
        <translation>Тіркелген отбасы мүшесі</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім берілді</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Wording version</source>
        <translation>Мәтін нұсқасы</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Енгізген</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Келу уақыты</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажеттіліктер</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Қызметтер</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Restricted health information</source>
        <translation>Денсаулық туралы деректер (қолжетімділігі шектеулі)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record type and what happened to it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Visitors</name>
    <message>
        <source>“%1” is not a date: write it as 31.12.1990 or 1990-12-31.</source>
        <translation>“%1” — жарамсыз күн: 31.12.1990 немесе 1990-12-31 түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Give at least one name.</source>
        <translation>Кемінде бір есімді енгізіңіз.</translation>
    </message>
    <message>
        <source>Sex is female, male or not given.</source>
        <translation>Жынысы: әйел, ер немесе көрсетілмеген.</translation>
    </message>
    <message>
        <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
        <translation>Жынысын немесе жасын көрсетіңіз (туған күнін не шамамен туған жылын).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future or before 1900.</source>
        <translation>Туған күні болашақта немесе 1900 жылдан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The year of birth must be between 1900 and %1.</source>
        <translation>Туған жылы 1900 бен %1 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The arrival date cannot be in the future.</source>
        <translation>Келген күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
        <translation>Телефон нөмірі 7–15 цифрдан тұрады, мысалы +7 701 234 56 78.</translation>
    </message>
    <message>
        <source>Unknown country code %1.</source>
        <translation>Белгісіз ел коды %1.</translation>
    </message>
    <message>
        <source>Unknown document type %1.</source>
        <translation>Белгісіз құжат түрі %1.</translation>
    </message>
    <message>
        <source>Document number “%1”: 4 to 20 letters and digits.</source>
        <translation>Құжат нөмірі “%1”: 4–20 әріп пен цифр.</translation>
    </message>
    <message>
        <source>Unknown language %1.</source>
        <translation>Белгісіз тіл %1.</translation>
    </message>
    <message>
        <source>A household member needs a name and a relation.</source>
        <translation>Отбасы мүшесінің аты мен туыстық қатынасы көрсетілуі керек.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
        <translation>Осы уақытта бұл жазбаны басқа біреу өзгертті. Өзгерісті көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>This visitor&apos;s record no longer exists.</source>
        <translation>Бұл келушінің жазбасы енді жоқ.</translation>
    </message>
    <message>
        <source>Unknown need or service: %1</source>
        <translation>Белгісіз қажеттілік немесе қызмет: %1</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Біріктіру үшін екі түрлі жазбаны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Find a visitor: name in any script, phone, document or registration number (Ctrl+F)</source>
        <translation>Келушіні іздеу: кез келген әліпбидегі аты, телефон, құжат немесе тіркеу нөмірі (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New visitor… (Ctrl+N)</source>
        <translation>&amp;Жаңа келуші… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Log &amp;visit… (Ctrl+Shift+V)</source>
        <translation>&amp;Келуді тіркеу… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Load the list</source>
        <translation>Тізімді жүктеу</translation>
    </message>
    <message>
        <source>Find a visitor</source>
        <translation>Келушіні іздеу</translation>
    </message>
    <message>
        <source>New visitor</source>
        <translation>Жаңа келуші</translation>
    </message>
    <message>
        <source>Log visit</source>
        <translation>Келуді тіркеу</translation>
    </message>
    <message>
        <source>Loading the visitor list for searching: %1 of %2…</source>
        <translation>Іздеу үшін келушілер тізімі жүктелуде: %2 ішінен %1…</translation>
    </message>
    <message>
        <source>Loading the visitor list for searching…</source>
        <translation>Іздеу үшін келушілер тізімі жүктелуде…</translation>
    </message>
    <message>
        <source>The visitor list was not loaded, so searching waits until it is.</source>
        <translation>Келушілер тізімі жүктелмеді, сондықтан іздеу ол жүктелгенше күтеді.</translation>
    </message>
    <message>
        <source>The visitor list could not be loaded: %1</source>
        <translation>Келушілер тізімін жүктеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Type a name in any script (Cyrillic, Latin or Arabic), a phone number, a document number or a registration number. If the person is not found, register them with Ctrl+N.</source>
        <translation>Кез келген әліпбимен (кирилл, латын немесе араб) жазылған атты, телефон нөмірін, құжат нөмірін немесе тіркеу нөмірін теріңіз. Адам табылмаса, оны Ctrl+N арқылы тіркеңіз.</translation>
    </message>
    <message>
        <source>The search runs as soon as the visitor list is loaded.</source>
        <translation>Келушілер тізімі жүктелісімен іздеу басталады.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n келуші табылды</numerusform>
            <numerusform>%n келуші табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try another spelling, the phone or a document number; or register a new visitor with Ctrl+N.</source>
        <translation>“%1” бойынша ешкім табылмады. Басқа жазылуын, телефонды немесе құжат нөмірін қолданып көріңіз; не жаңа келушіні Ctrl+N арқылы тіркеңіз.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n matches</source>
        <translation>
            <numerusform>Ең сәйкес келетін %n нәтиже</numerusform>
            <numerusform>Ең сәйкес келетін %n нәтиже</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter opens the selected person; the arrow keys choose another.</source>
        <translation>Enter таңдалған адамды ашады; басқасын көрсеткі пернелерімен таңдаңыз.</translation>
    </message>
    <message>
        <source>Registered as %1. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation>%1 нөмірімен тіркелді. Бүгінгі келуді Ctrl+Shift+V арқылы тіркеңіз.</translation>
    </message>
    <message>
        <source>Already registered as %1: this is that record. Log today&apos;s visit with Ctrl+Shift+V.</source>
        <translation>Бұрыннан %1 нөмірімен тіркелген: бұл — сол жазба. Бүгінгі келуді Ctrl+Shift+V арқылы тіркеңіз.</translation>
    </message>
    <message>
        <source>Find the visitor first, then choose them in the list.</source>
        <translation>Алдымен келушіні тауып, содан кейін оны тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Visit logged for %1 (%2).</source>
        <translation>%1 (%2) келуі тіркелді.</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Health</source>
        <translation>Денсаулық</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Заң көмегі</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Баспана</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Family links</source>
        <translation>Отбасылық байланыстар</translation>
    </message>
    <message>
        <source>Psychosocial support</source>
        <translation>Психоәлеуметтік қолдау</translation>
    </message>
    <message>
        <source>Food or cash</source>
        <translation>Азық-түлік немесе ақша</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Жұмысқа орналасу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Information and advice</source>
        <translation>Ақпарат және кеңес</translation>
    </message>
    <message>
        <source>Food parcel</source>
        <translation>Азық-түлік жиынтығы</translation>
    </message>
    <message>
        <source>Hygiene kit</source>
        <translation>Гигиеналық жиынтық</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Ақшалай көмек</translation>
    </message>
    <message>
        <source>First aid</source>
        <translation>Алғашқы көмек</translation>
    </message>
    <message>
        <source>Psychosocial session</source>
        <translation>Психоәлеуметтік сессия</translation>
    </message>
    <message>
        <source>Phone call to family</source>
        <translation>Отбасына қоңырау шалу</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Ауызша аударма</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>Migration card</source>
        <translation>Көші-қон картасы</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Жұмысқа рұқсат</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation>Босқын куәлігі</translation>
    </message>
    <message>
        <source>Tazkira</source>
        <translation>Тазкира</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Жұбайы</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Баласы</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-анасы</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Бауыры</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Басқа туысы</translation>
    </message>
    <message>
        <source>Keeping a record of the person</source>
        <translation>Адам туралы жазбаны сақтау</translation>
    </message>
    <message>
        <source>Sharing details with services on referral</source>
        <translation>Жолдама берілгенде деректерді қызметтерге беру</translation>
    </message>
    <message>
        <source>Contact by phone</source>
        <translation>Телефон арқылы байланысу</translation>
    </message>
    <message>
        <source>Anonymous statistics for headquarters</source>
        <translation>Бас кеңсеге арналған анонимді статистика</translation>
    </message>
    <message>
        <source>Labour migrant</source>
        <translation>Еңбек мигранты</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Босқын</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Пана іздеуші</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ адам</translation>
    </message>
    <message>
        <source>Returning ethnic Kazakh (kandas)</source>
        <translation>Атажұртқа оралған қазақ (қандас)</translation>
    </message>
    <message>
        <source>Without valid status</source>
        <translation>Заңды мәртебесі жоқ</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Азамат</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Ана тілі</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Базалық</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Білмейді</translation>
    </message>
    <message>
        <source>Tuberculosis</source>
        <translation>Туберкулез</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>АИТВ</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>Созылмалы ауру</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Жүктілік</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Мүгедектік</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Психикалық денсаулық</translation>
    </message>
    <message>
        <source>Other medical need</source>
        <translation>Басқа медициналық қажеттілік</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Qamqor</source>
        <translation>Qamqor бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>This computer has no branch yet. The next two steps set it up.</source>
        <translation>Бұл компьютерде әлі филиал жоқ. Келесі екі қадамда ол бапталады.</translation>
    </message>
    <message>
        <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
        <translation>Qamqor бір филиалдың келушілер, жолдамалар және еріктілер тізілімін жүргізеді. Барлық деректер шифрланып сақталады; оларды тек тіркелгісі бар қызметкерлер аша алады.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>The branch&apos;s data will be kept in:</source>
        <translation>Филиал деректері мына қалтада сақталады:</translation>
    </message>
</context>
</TS>
