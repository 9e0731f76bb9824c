<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Пайдаланушыны қосу</translation>
    </message>
    <message>
        <source>The user logs in with this name and password. Tell them the password in person; they can change it later.</source>
        <translation>Пайдаланушы жүйеге осы атпен және құпиясөзбен кіреді. Құпиясөзді оған жеке өзіңіз айтыңыз; кейін ол оны өзгерте алады.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and . - _</source>
        <translation>Кіші латын әріптері, цифрлар және . - _</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <source>Full name, shown to other users</source>
        <translation>Басқа пайдаланушыларға көрсетілетін толық аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>Кемінде %Ln таңба.</numerusform>
            <numerusform>Кемінде %Ln таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Құпиясөзді қа&amp;йталау:</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Құпиясөз қайтадан</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>the two passwords differ.</source>
        <translation>екі құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal deadline: {date}.</source>
        <translation>Шағымдану мерзімі: {date}.</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>e.g. Specialised inter-district administrative court</source>
        <translation>мысалы, Мамандандырылған ауданаралық әкімшілік сот</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <source>&amp;Lodged on:</source>
        <translation>&amp;Берілген күні:</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>&amp;Сот:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Сот ісінің &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Record the appeal lodged on {date}? The case becomes “{status}”.</source>
        <translation>Шағымды тіркейсіз бе (берілген күні: {date})? Іс «{status}» күйіне өтеді.</translation>
    </message>
    <message>
        <source>The appeal was recorded as LATE: lodged on {lodged}, after the deadline of {deadline}.</source>
        <translation>Шағым МЕРЗІМІ ӨТКІЗІЛІП берілген ретінде тіркелді: берілген күні — {lodged}, шағымдану мерзімі — {deadline}.</translation>
    </message>
    <message>
        <source>Appeal recorded, lodged in time (the deadline was {deadline}).</source>
        <translation>Шағым тіркелді, ол мерзімінде берілген (шағымдану мерзімі — {deadline}).</translation>
    </message>
    <message>
        <source>Appeal recorded.</source>
        <translation>Шағым тіркелді.</translation>
    </message>
</context>
<context>
    <name>AppealTable</name>
    <message>
        <source>Lodged on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>In time?</source>
        <translation>Мерзімінде ме?</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Қаралған күні</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <source>Names</source>
        <extracomment>The applicant&apos;s fields as the conflict dialog compares them: (attribute, label, text).</extracomment>
        <translation>Аты-жөні</translation>
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
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Діни сенімі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім алынды</translation>
    </message>
    <message>
        <source>Photo of the applicant</source>
        <translation>Өтініш берушінің фотосуреті</translation>
    </message>
    <message>
        <source>C&amp;hange photo…</source>
        <translation>&amp;Фотосуретті ауыстыру…</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>Фотосуретті ауыстыру</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG file, or drop one on the photo.</source>
        <translation>JPEG немесе PNG файлын таңдаңыз не оны фотосуретке сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>&amp;Fingerprints taken on…</source>
        <translation>Саусақ таңбалары алынған &amp;күн…</translation>
    </message>
    <message>
        <source>Record when fingerprints were taken</source>
        <translation>Саусақ таңбалары алынған күнді белгілеу</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Өтінішхат</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Келген күні:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Тіркелген күні:</translation>
    </message>
    <message>
        <source>Petition language:</source>
        <translation>Өтінішхат тілі:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Хат тілі:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Certificates issued to the applicant</source>
        <translation>Өтініш берушіге берілген куәліктер</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Куәліктер</translation>
    </message>
    <message>
        <source>Re&amp;new the asylum-seeker certificate…</source>
        <translation>Пана іздеген адамның куәлігін &amp;ұзарту…</translation>
    </message>
    <message>
        <source>Renew the asylum-seeker certificate</source>
        <translation>Пана іздеген адамның куәлігін ұзарту</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the applicant&apos;s details</source>
        <translation>Өтініш беруші туралы мәліметтерді сақтау</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Fingerprints taken on {date}.</source>
        <translation>Саусақ таңбалары алынған күн: {date}.</translation>
    </message>
    <message>
        <source>Fingerprints not taken; they were due by {date}.</source>
        <translation>Саусақ таңбалары алынбаған; соңғы мерзім өтіп кетті: {date}.</translation>
    </message>
    <message>
        <source>Fingerprints not taken yet; due by {date}.</source>
        <translation>Саусақ таңбалары әлі алынбаған; соңғы мерзім: {date}.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Фотосурет жүктелуде…</translation>
    </message>
    <message>
        <source>The photo could not be loaded.</source>
        <translation>Фотосуретті жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Фотосурет жоқ</translation>
    </message>
    <message>
        <source>No photo.
Drop a JPEG or PNG file here.</source>
        <translation>Фотосурет жоқ.
JPEG немесе PNG файлын осында сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s photo</source>
        <translation>Өтініш берушінің фотосуретін таңдау</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This file is {size}; a photo can be at most {limit}. Save it smaller (for example 600 × 800 pixels) and choose it again.</source>
        <translation>Файл көлемі — {size}, ал фотосуреттің ең үлкен көлемі — {limit}. Оны кішірек етіп сақтаңыз (мысалы, 600 × 800 пиксель) және қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>Файлды оқу мүмкін болмады ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a JPEG or PNG image. Choose a photo saved as .jpg or .png.</source>
        <translation>Бұл файл JPEG немесе PNG суреті емес. .jpg немесе .png форматында сақталған фотосуретті таңдаңыз.</translation>
    </message>
    <message>
        <source>This file cannot be used as the photo: {reason}</source>
        <translation>Бұл файлды фотосурет ретінде пайдалану мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Renew the certificate</source>
        <translation>Куәлікті ұзарту</translation>
    </message>
    <message>
        <source>Issue a new asylum-seeker certificate from today? The current one will be replaced.</source>
        <translation>Пана іздеген адамның жаңа куәлігі бүгінгі күннен бастап берілсін бе? Қазіргі куәлік ауыстырылады.</translation>
    </message>
    <message>
        <source>Certificate {number} issued.</source>
        <translation>Куәлік берілді: № {number}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>There is no Pana database in {folder}.

Create one with “pana init”, or a demo with “pana demo”, or start Pana with --data-dir pointing at your data folder.</source>
        <translation>{folder} қалтасында Pana дерекқоры жоқ.

Оны «pana init» командасымен немесе демонстрациялық дерекқорды «pana demo» командасымен жасаңыз, не болмаса Pana бағдарламасын деректер қалтасын көрсететін --data-dir параметрімен іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Сүзгі:</translation>
    </message>
    <message>
        <source>Filter the queue by case, applicant or drafter</source>
        <translation>Кезекті іс, өтініш беруші немесе жобаны дайындаған адам бойынша сүзу</translation>
    </message>
    <message>
        <source>Case number, applicant or drafter…</source>
        <translation>Іс нөмірі, өтініш беруші немесе жобаны дайындаған адам…</translation>
    </message>
    <message>
        <source>&amp;Kind of decision:</source>
        <translation>Шешім &amp;түрі:</translation>
    </message>
    <message>
        <source>Filter by kind of decision</source>
        <translation>Шешім түрі бойынша сүзу</translation>
    </message>
    <message>
        <source>Kinds of decision</source>
        <translation>Шешім түрлері</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Кезекті жаңарту</translation>
    </message>
    <message>
        <source>Load the queue again (F5)</source>
        <translation>Кезекті қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Decisions waiting for approval</source>
        <translation>Бекітуді күтіп тұрған шешімдер</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>Returned for revision %Ln time(s)</source>
        <translation>
            <numerusform>%Ln рет пысықтауға қайтарылды</numerusform>
            <numerusform>%Ln рет пысықтауға қайтарылды</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} (your draft — another supervisor must approve)</source>
        <translation>{user} (сіздің жобаңыз — оны басқа басшы бекітуі тиіс)</translation>
    </message>
    <message>
        <source>An extension has no statutory decision deadline.</source>
        <translation>Босқын мәртебесінің қолданылу мерзімін ұзарту үшін шешім қабылдаудың заңмен белгіленген мерзімі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн кешікті</numerusform>
            <numerusform>%Ln күн кешікті</numerusform>
        </translation>
    </message>
    <message>
        <source>The statutory decision deadline</source>
        <translation>Заңмен белгіленген шешім қабылдау мерзімі</translation>
    </message>
    <message>
        <source>The queue could not be loaded.</source>
        <translation>Кезекті жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>No decisions are waiting for approval.</source>
        <translation>Бекітуді күтіп тұрған шешім жоқ.</translation>
    </message>
    <message>
        <source>No decision in the queue matches the filter.</source>
        <translation>Кезекте сүзгіге сәйкес келетін шешім жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for approval: %Ln</source>
        <translation>
            <numerusform>Бекітуде: %Ln</numerusform>
            <numerusform>Бекітуде: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the decision deadline: %Ln</source>
        <translation>
            <numerusform>шешім қабылдау мерзімі өткен: %Ln</numerusform>
            <numerusform>шешім қабылдау мерзімі өткен: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>shown: {shown}</source>
        <translation>көрсетілген: {shown}</translation>
    </message>
</context>
<context>
    <name>ApprovalsQueue</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Ұсынылатын шешім</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Бұрын қайтарылған</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Дайындаған</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the decision — {number}</source>
        <translation>Шешімді бекіту — {number}</translation>
    </message>
    <message>
        <source>Approving makes this the commission&apos;s decision. Enter your password to sign it.</source>
        <translation>Бекітілгеннен кейін бұл шешім комиссияның шешімі болады. Оған қол қою үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Your password, to sign the approval</source>
        <translation>Бекітуге қол қоюға арналған құпиясөзіңіз</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>&amp;Құпиясөзіңіз:</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Шешім қабылданған күн</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Шешім қабылданған &amp;күн:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>Approve the decision</source>
        <translation>Шешімді бекіту</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancel without approving</source>
        <translation>Бекітпей жабу</translation>
    </message>
    <message>
        <source>Enter your password to approve.</source>
        <translation>Бекіту үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking your password and approving…</source>
        <translation>Құпиясөз тексеріліп, шешім бекітілуде…</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>At least one interview must have been held.</source>
        <translation>Кемінде бір әңгімелесу өткізілуі тиіс.</translation>
    </message>
    <message>
        <source>Choose a recommended outcome.</source>
        <translation>Ұсынылатын шешімді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the legal basis.</source>
        <translation>Құқықтық негізді таңдаңыз.</translation>
    </message>
    <message>
        <source>The legal basis does not fit the recommended outcome.</source>
        <translation>Құқықтық негіз ұсынылатын шешімге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Write the reasons (at least a sentence).</source>
        <translation>Шешімнің негіздемесін жазыңыз (кемінде бір сөйлем).</translation>
    </message>
    <message>
        <source>Record the credibility finding: </source>
        <translation>Сенімділік туралы тұжырымды көрсетіңіз: </translation>
    </message>
    <message>
        <source>Record the finding on well-founded fear.</source>
        <translation>Негізді қауіп туралы тұжырымды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Recognition needs at least one Convention ground with its nexus.</source>
        <translation>Босқын мәртебесін беру үшін Конвенцияда көзделген кемінде бір негізді және оның себептік байланысын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Draft the assessment first.</source>
        <translation>Алдымен қорытындының жобасын дайындаңыз.</translation>
    </message>
    <message>
        <source>internal consistency</source>
        <extracomment>The credibility findings, as the service names them. The names ``missing_items`` gives the findings in &quot;Record the credibility finding: …&quot;.</extracomment>
        <translation>ішкі үйлесімділік</translation>
    </message>
    <message>
        <source>consistency with country information</source>
        <translation>шыққан ел туралы ақпаратқа сәйкестік</translation>
    </message>
    <message>
        <source>plausibility</source>
        <translation>нанымдылық</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Credibility</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>&amp;Internal consistency:</source>
        <translation>&amp;Ішкі үйлесімділік:</translation>
    </message>
    <message>
        <source>Internal consistency</source>
        <translation>Ішкі үйлесімділік</translation>
    </message>
    <message>
        <source>Consistency with c&amp;ountry information:</source>
        <translation>Шыққан ел туралы &amp;ақпаратқа сәйкестік:</translation>
    </message>
    <message>
        <source>Consistency with country-of-origin information</source>
        <translation>Шыққан ел туралы ақпаратқа сәйкестік</translation>
    </message>
    <message>
        <source>&amp;Plausibility:</source>
        <translation>&amp;Нанымдылық:</translation>
    </message>
    <message>
        <source>Plausibility</source>
        <translation>Нанымдылық</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенцияда көзделген негіздер</translation>
    </message>
    <message>
        <source>Tick each ground that applies and say how the feared harm is linked to it (the nexus).</source>
        <translation>Қолданылатын әр негізді белгілеп, өтініш беруші қауіптенетін зиянның онымен қалай байланысты екенін көрсетіңіз (себептік байланыс).</translation>
    </message>
    <message>
        <source>Nexus note: {ground}</source>
        <translation>Себептік байланыс: {ground}</translation>
    </message>
    <message>
        <source>How the feared harm is linked to this ground</source>
        <translation>Өтініш беруші қауіптенетін зиянның осы негізбен байланысы</translation>
    </message>
    <message>
        <source>Well-founded fear and exclusion</source>
        <translation>Негізді қауіп және мәртебе беруге жол бермейтін негіздер</translation>
    </message>
    <message>
        <source>Well-founded fear</source>
        <translation>Негізді қауіп</translation>
    </message>
    <message>
        <source>&amp;Well-founded fear:</source>
        <translation>Негізді &amp;қауіп:</translation>
    </message>
    <message>
        <source>E&amp;xclusion grounds apply</source>
        <translation>Мәртебе беруге жол бермейтін негі&amp;здер бар</translation>
    </message>
    <message>
        <source>Exclusion grounds apply</source>
        <translation>Мәртебе беруге жол бермейтін негіздер бар</translation>
    </message>
    <message>
        <source>Exclusion: note</source>
        <translation>Мәртебе беруге жол бермейтін негіздер: түсініктеме</translation>
    </message>
    <message>
        <source>Which exclusion ground applies, or why none does</source>
        <translation>Мәртебе беруге жол бермейтін қандай негіз қолданылады немесе неліктен ешқайсысы қолданылмайды</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Ұсынылатын шешім</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Шешімнің негіздемесі</translation>
    </message>
    <message>
        <source>Why this outcome: the facts found, the evidence weighed and the law applied</source>
        <translation>Неліктен осы шешім: анықталған фактілер, бағаланған дәлелдемелер және қолданылған құқық нормалары</translation>
    </message>
    <message>
        <source>Recommended o&amp;utcome:</source>
        <translation>Ұсынылатын &amp;шешім:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Құқықтық не&amp;гіз:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>Шешімнің негізд&amp;емесі:</translation>
    </message>
    <message>
        <source>Missing before the assessment can be submitted</source>
        <translation>Қорытындыны жіберу үшін толтырылуы қажет тармақтар</translation>
    </message>
    <message>
        <source>Not submitted yet: the assessment is incomplete.</source>
        <translation>Әлі жіберілмеді: қорытынды толық емес.</translation>
    </message>
    <message>
        <source>&amp;Missing (double-click an item to go to the field):</source>
        <translation>&amp;Жетіспейтіндер (өріске өту үшін тармақты екі рет басыңыз):</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Өзгертулерді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Undo all unsaved changes to the assessment</source>
        <translation>Қорытындыға енгізілген барлық сақталмаған өзгертулерді болдырмау</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Save the assessment as a draft</source>
        <translation>Қорытындыны жоба ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Жобаны сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval…</source>
        <translation>Бе&amp;кітуге жіберу…</translation>
    </message>
    <message>
        <source>Submit the assessment for approval</source>
        <translation>Қорытындыны бекітуге жіберу</translation>
    </message>
    <message>
        <source>{finding}: note</source>
        <translation>{finding}: түсініктеме</translation>
    </message>
    <message>
        <source>What the finding rests on</source>
        <translation>Тұжырым неге негізделген</translation>
    </message>
    <message>
        <source>{code} — {title} (does not fit the outcome)</source>
        <translation>{code} — {title} (шешімге сәйкес келмейді)</translation>
    </message>
    <message>
        <source>{code} (not in the list of articles)</source>
        <translation>{code} (баптар тізімінде жоқ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned by the supervisor.&lt;/b&gt; Revise the assessment as asked below, then submit it again.</source>
        <translation>&lt;b&gt;Басшы қайтарды.&lt;/b&gt; Қорытындыны төмендегі ескертулерге сәйкес пысықтап, қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier returns&lt;/b&gt; of this assessment by the supervisor:</source>
        <translation>Басшының осы қорытындыны &lt;b&gt;бұрынғы қайтарулары&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>{date} — {user}:</source>
        <translation>{date} — {user}:</translation>
    </message>
    <message>
        <source>Assessment of an extension of refugee status</source>
        <translation>Босқын мәртебесінің қолданылу мерзімін ұзарту туралы қорытынды</translation>
    </message>
    <message>
        <source>Assessment for refugee status</source>
        <translation>Босқын мәртебесін беру туралы қорытынды</translation>
    </message>
    <message>
        <source>{what} · {state} · last saved by {user}</source>
        <translation>{what} · {state} · соңғы рет сақтаған: {user}</translation>
    </message>
    <message>
        <source>submitted {time}</source>
        <translation>жіберілген уақыты: {time}</translation>
    </message>
    <message>
        <source>{what} · new, not saved yet</source>
        <translation>{what} · жаңа, әлі сақталмаған</translation>
    </message>
    <message>
        <source>Say whether the reasons for refugee status continue. The credibility findings are optional for an extension.</source>
        <translation>Босқын мәртебесін беру негіздері сақталып отыр ма, соны көрсетіңіз. Ұзарту кезінде сенімділік туралы тұжырымдар міндетті емес.</translation>
    </message>
    <message>
        <source>The officer drafts the assessment; you can read it here.</source>
        <translation>Қорытындыны маман дайындайды; оны осы жерден оқи аласыз.</translation>
    </message>
    <message>
        <source>Submitted for approval: a supervisor approves it or returns it with comments. It cannot be changed meanwhile.</source>
        <translation>Бекітуге жіберілді: басшы оны бекітеді немесе ескертулермен қайтарады. Оған дейін оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The assessment can be changed only while the case is under assessment or an extension is examined; the case is “{status}”.</source>
        <translation>Қорытындыны тек қорытынды дайындалып жатқанда немесе ұзарту туралы өтініш қаралып жатқанда өзгертуге болады; істің күйі: «{status}».</translation>
    </message>
    <message>
        <source>No assessment is open. The decisions taken are listed under “Decision and status”.</source>
        <translation>Ашық қорытынды жоқ. Қабылданған шешімдер «Шешім және мәртебе» бөлімінде көрсетілген.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>The assessment was submitted or decided in the meantime, so this draft cannot be saved. Copy what you need before reloading.</source>
        <translation>Осы уақыт ішінде қорытынды жіберілді немесе ол бойынша шешім қабылданды, сондықтан бұл жобаны сақтау мүмкін емес. Қайта жүктемес бұрын қажетті мәтінді көшіріп алыңыз.</translation>
    </message>
    <message>
        <source>Consistency with country information</source>
        <translation>Шыққан ел туралы ақпаратқа сәйкестік</translation>
    </message>
    <message>
        <source>(not applied)</source>
        <translation>(қолданылмайды)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Submit the assessment recommending “{outcome}” to a supervisor for approval? It cannot be changed while it waits; the supervisor approves it or returns it with comments.</source>
        <translation>Ұсынылатын шешімі «{outcome}» болатын қорытындыны басшыға бекітуге жібересіз бе? Ол бекітуді күтіп тұрғанда оны өзгертуге болмайды; басшы оны бекітеді немесе ескертулермен қайтарады.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Бекітуге жіберу</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Жіберілмеді</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Access refused</source>
        <translation>Қолжеткізуге рұқсат берілмеді</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Шағым берілді</translation>
    </message>
    <message>
        <source>Appeal outcome recorded</source>
        <translation>Шағымдану нәтижесі енгізілді</translation>
    </message>
    <message>
        <source>Applicant photo changed</source>
        <translation>Өтініш берушінің фотосуреті өзгертілді</translation>
    </message>
    <message>
        <source>Applicant details changed</source>
        <translation>Өтініш беруші туралы мәліметтер өзгертілді</translation>
    </message>
    <message>
        <source>Assessment drafted</source>
        <translation>Қорытынды жобасы дайындалды</translation>
    </message>
    <message>
        <source>Assessment returned for revision</source>
        <translation>Қорытынды пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Assessment submitted for approval</source>
        <translation>Қорытынды бекітуге жіберілді</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Аудит журналы экспортталды</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Сақтық көшірме автоматты түрде жасалды</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Іс маманға берілді</translation>
    </message>
    <message>
        <source>Case checked in from a laptop</source>
        <translation>Іс ноутбуктен қайтарылды</translation>
    </message>
    <message>
        <source>Petition registered on a laptop taken in</source>
        <translation>Ноутбукте тіркелген өтінішхат қабылданды</translation>
    </message>
    <message>
        <source>Case checked out to a laptop</source>
        <translation>Іс ноутбукке берілді</translation>
    </message>
    <message>
        <source>Case taken onto this laptop</source>
        <translation>Іс осы ноутбукке қабылданды</translation>
    </message>
    <message>
        <source>Checked-out case released</source>
        <translation>Ноутбукке берілген іс қайтарып алынды</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Іс жабылды</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Іс экспортталды</translation>
    </message>
    <message>
        <source>Decision deadline extended</source>
        <translation>Өтінішхатты қарау мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Fingerprinting recorded</source>
        <translation>Дактилоскопиялық тіркеу белгіленді</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Іс импортталды</translation>
    </message>
    <message>
        <source>Marked as not a duplicate</source>
        <translation>Басқа істің қайталамасы емес деп белгіленді</translation>
    </message>
    <message>
        <source>Petition registered</source>
        <translation>Өтінішхат тіркелді</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Іс қайта ашылды</translation>
    </message>
    <message>
        <source>Case file viewed</source>
        <translation>Іс ашып көрілді</translation>
    </message>
    <message>
        <source>Sensitive part of a case file viewed</source>
        <translation>Істің қолжетімділігі шектеулі бөлігі ашып көрілді</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Куәлік берілді</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Пана іздеген адамның куәлігі ұзартылды</translation>
    </message>
    <message>
        <source>Certificate replaced</source>
        <translation>Куәлік ауыстырылды</translation>
    </message>
    <message>
        <source>Certificate checked</source>
        <translation>Куәлік тексерілді</translation>
    </message>
    <message>
        <source>Claim saved</source>
        <translation>Өтініш берушінің уәждері сақталды</translation>
    </message>
    <message>
        <source>Court ruling removed</source>
        <translation>Сот шешімі жойылды</translation>
    </message>
    <message>
        <source>Criminal proceeding removed</source>
        <translation>Қылмыстық іс туралы мәлімет жойылды</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Сақтық көшірме жасалды</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Дерекқор сақтық көшірмеден қалпына келтірілді</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Шешім бекітілді</translation>
    </message>
    <message>
        <source>Decision served</source>
        <translation>Шешім табыс етілді</translation>
    </message>
    <message>
        <source>Identity document added</source>
        <translation>Жеке басын куәландыратын құжат қосылды</translation>
    </message>
    <message>
        <source>Document handed over</source>
        <translation>Құжат табыс етілді</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Құжат басып шығарылды</translation>
    </message>
    <message>
        <source>Document reprinted</source>
        <translation>Құжат қайта басып шығарылды</translation>
    </message>
    <message>
        <source>Identity document changed</source>
        <translation>Жеке басын куәландыратын құжат өзгертілді</translation>
    </message>
    <message>
        <source>Document voided</source>
        <translation>Құжаттың күші жойылды</translation>
    </message>
    <message>
        <source>Border crossing added</source>
        <translation>Шекарадан өту туралы мәлімет қосылды</translation>
    </message>
    <message>
        <source>Border crossing changed</source>
        <translation>Шекарадан өту туралы мәлімет өзгертілді</translation>
    </message>
    <message>
        <source>Border crossing removed</source>
        <translation>Шекарадан өту туралы мәлімет жойылды</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Дәлелдеме қоса тіркелді</translation>
    </message>
    <message>
        <source>Register of issued documents exported</source>
        <translation>Берілген құжаттарды тіркеу журналы экспортталды</translation>
    </message>
    <message>
        <source>Registry of cases exported</source>
        <translation>Істер тізілімі экспортталды</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>Статистика экспортталды</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Ұзарту туралы өтініш берілді</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Отбасы мүшесі қосылды</translation>
    </message>
    <message>
        <source>Family member removed</source>
        <translation>Отбасы мүшесі жойылды</translation>
    </message>
    <message>
        <source>Family member changed</source>
        <translation>Отбасы мүшесі туралы мәліметтер өзгертілді</translation>
    </message>
    <message>
        <source>Identity document removed</source>
        <translation>Жеке басын куәландыратын құжат жойылды</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Қудалау жағдайы қосылды</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Қудалау жағдайы жойылды</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Қудалау жағдайы өзгертілді</translation>
    </message>
    <message>
        <source>Interpreter registered</source>
        <translation>Аудармашы тіркелді</translation>
    </message>
    <message>
        <source>Interview: applicant did not come</source>
        <translation>Әңгімелесу: өтініш беруші келмеді</translation>
    </message>
    <message>
        <source>Interview recorded</source>
        <translation>Әңгімелесу хаттамасы енгізілді</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Әңгімелесу тағайындалды</translation>
    </message>
    <message>
        <source>Criminal proceeding added</source>
        <translation>Қылмыстық іс туралы мәлімет қосылды</translation>
    </message>
    <message>
        <source>Criminal proceeding changed</source>
        <translation>Қылмыстық іс туралы мәлімет өзгертілді</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Қалпына келтіру кілті бар парақ басып шығарылды</translation>
    </message>
    <message>
        <source>Representative registered</source>
        <translation>Өкіл тіркелді</translation>
    </message>
    <message>
        <source>Representative assigned</source>
        <translation>Іс бойынша өкіл белгіленді</translation>
    </message>
    <message>
        <source>Representative changed</source>
        <translation>Өкіл туралы мәліметтер өзгертілді</translation>
    </message>
    <message>
        <source>Case anonymised (retention)</source>
        <translation>Іс иесіздендірілді (сақтау мерзімі өтті)</translation>
    </message>
    <message>
        <source>Case deleted (retention)</source>
        <translation>Іс жойылды (сақтау мерзімі өтті)</translation>
    </message>
    <message>
        <source>Court ruling added</source>
        <translation>Сот шешімі қосылды</translation>
    </message>
    <message>
        <source>Court ruling changed</source>
        <translation>Сот шешімі өзгертілді</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Баптау өзгертілді</translation>
    </message>
    <message>
        <source>Refugee status ended</source>
        <translation>Босқын мәртебесінің қолданылуы тоқтады</translation>
    </message>
    <message>
        <source>Check-out package taken in</source>
        <translation>Беру пакеті қабылданды</translation>
    </message>
    <message>
        <source>Check-in file written</source>
        <translation>Қайтару файлы жазылды</translation>
    </message>
    <message>
        <source>Quota of new petitions given to a laptop</source>
        <translation>Ноутбукке жаңа өтінішхаттар квотасы берілді</translation>
    </message>
    <message>
        <source>Cases handed back removed from the laptop</source>
        <translation>Қайтарылған істер ноутбуктен жойылды</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>Дерекқор құрылды</translation>
    </message>
    <message>
        <source>Database moved to the commission server</source>
        <translation>Дерекқор комиссия серверіне көшірілді</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Пайдаланушы қосылды</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пайдаланушы ажыратылды</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пайдаланушы іске қосылды</translation>
    </message>
    <message>
        <source>Interface language changed</source>
        <translation>Интерфейс тілі өзгертілді</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Экран құлыпталды</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>Сәтсіз кіру әрекеттерінен кейін тіркелгі бұғатталды</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Жүйеге кірді</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Сәтсіз кіру әрекеті</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Құпиясөз өзгертілді</translation>
    </message>
    <message>
        <source>Password reset with the recovery key</source>
        <translation>Құпиясөз қалпына келтіру кілтімен қайта орнатылды</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Құпиясөзді әкімші қайта орнатты</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Рөл өзгертілді</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Экранның құлпы ашылды</translation>
    </message>
    <message>
        <source>Refused access</source>
        <extracomment>The first part of a code, for choosing all of its kind at once.</extracomment>
        <translation>Қолжеткізуге рұқсат берілмеген жағдайлар</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымдану</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Куәліктер</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуктер</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Border crossings</source>
        <translation>Шекарадан өту</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Отбасы мүшелері</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Қудалау жағдайлары</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Әңгімелесулер</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Қылмыстық істер</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Өкілдер</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <source>Court rulings</source>
        <translation>Сот шешімдері</translation>
    </message>
    <message>
        <source>Users and logins</source>
        <translation>Пайдаланушылар және жүйеге кіру</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>appeal</source>
        <extracomment>What an entry is about (its entity), as the &quot;What&quot; column names it.</extracomment>
        <translation>шағым</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>өтініш беруші</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>қорытынды</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>сақтық көшірме</translation>
    </message>
    <message>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <source>representation</source>
        <translation>іс бойынша өкілдік</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>куәлік</translation>
    </message>
    <message>
        <source>check-out to a laptop</source>
        <translation>ноутбукке беру</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>өтініш берушінің уәждері</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>commission profile</source>
        <translation>комиссия профилі</translation>
    </message>
    <message>
        <source>court ruling</source>
        <translation>сот шешімі</translation>
    </message>
    <message>
        <source>criminal proceeding</source>
        <translation>қылмыстық іс</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>duplicate check</source>
        <translation>қайталама істерді тексеру</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>шекарадан өту</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>дәлелдеме</translation>
    </message>
    <message>
        <source>extension application</source>
        <translation>ұзарту туралы өтініш</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>отбасы мүшесі</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>қудалау жағдайы</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>аудармашы</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>әңгімелесу</translation>
    </message>
    <message>
        <source>printed document</source>
        <translation>басып шығарылған құжат</translation>
    </message>
    <message>
        <source>service of the decision</source>
        <translation>шешімді табыс ету</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>өкіл</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>баптау</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
    <message>
        <source>database</source>
        <translation>дерекқор</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Checking the audit chain…</source>
        <extracomment>Longest a single value gets in the table&apos;s summary of changes. Bookkeeping fields left out of the one-line summary (the detail shows them).</extracomment>
        <translation>Аудит тізбегі тексерілуде…</translation>
    </message>
    <message>
        <source>State of the audit chain</source>
        <translation>Аудит тізбегінің күйі</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Аудит жазбалары, алдымен жаңалары</translation>
    </message>
    <message>
        <source>Entries by user</source>
        <translation>Пайдаланушының жазбалары</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Барлық пайдаланушылар</translation>
    </message>
    <message>
        <source>Entries about a case number</source>
        <translation>Іс нөмірі бойынша жазбалар</translation>
    </message>
    <message>
        <source>Case number or part of it</source>
        <translation>Іс нөмірі немесе оның бөлігі</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Әрекет түрі</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>Entries from this day</source>
        <translation>Осы күннен бастап жазбалар</translation>
    </message>
    <message>
        <source>Entries up to this day</source>
        <translation>Осы күнді қоса алғанға дейінгі жазбалар</translation>
    </message>
    <message>
        <source>Leave empty for any day</source>
        <translation>Күнді шектемеу үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>І&amp;здеу</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Аудит журналынан іздеу</translation>
    </message>
    <message>
        <source>Search with these filters (Enter)</source>
        <translation>Осы сүзгілер бойынша іздеу (Enter)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Тазарту</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорттау (CSV)…</translation>
    </message>
    <message>
        <source>Export the matching entries to a CSV file</source>
        <translation>Табылған жазбаларды CSV файлына экспорттау</translation>
    </message>
    <message>
        <source>Write every entry matching the filters to a CSV file (for Excel)</source>
        <translation>Сүзгілерге сәйкес келетін барлық жазбаны CSV файлына жазу (Excel үшін)</translation>
    </message>
    <message>
        <source>Search again and check the chain</source>
        <translation>Қайта іздеу және тізбекті тексеру</translation>
    </message>
    <message>
        <source>Search again and check the audit chain (F5)</source>
        <translation>Қайта іздеу және аудит тізбегін тексеру (F5)</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Іс:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ә&amp;рекет:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Д&amp;ейін:</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Не өзгергенін көру үшін жазбаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Fields of the selected entry, before and after</source>
        <translation>Таңдалған жазбаның өрістері: өзгеріске дейін және кейін</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Өзгеріске дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Өзгерістен кейін</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Баған тақырыптары</translation>
    </message>
    <message>
        <source>values withheld</source>
        <translation>мәндер жасырылған</translation>
    </message>
    <message>
        <source>{family}… (all {count})</source>
        <translation>{family}… (барлығы: {count})</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>The “to” day is before the “from” day: change one of them.</source>
        <translation>«Дейін» күні «Бастап» күнінен ерте: біреуін өзгертіңіз.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Осы сүзгілерге сәйкес жазба жоқ.</translation>
    </message>
    <message>
        <source>The newest {count} matching entries are shown; narrow the filters to see older ones. An export takes every matching entry.</source>
        <translation>Табылған жазбалардың ең жаңа {count} жазбасы көрсетілген; ертеректегілерін көру үшін сүзгілерді нақтылаңыз. Экспорттау кезінде табылған барлық жазба шығарылады.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Жазбалар: %Ln</numerusform>
            <numerusform>Жазбалар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of entries about a case are withheld: your role may not read case files.</source>
        <translation>Істерге қатысты жазбалардың мәндері жасырылған: сіздің рөліңізге істерді оқуға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: {reason}</source>
        <translation>Аудит тізбегін тексеру мүмкін болмады: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain intact: %Ln entries checked</source>
        <translation>
            <numerusform>✔ Аудит тізбегі бұзылмаған: %Ln жазба тексерілді</numerusform>
            <numerusform>✔ Аудит тізбегі бұзылмаған: %Ln жазба тексерілді</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Audit chain broken at entry #{seq}. That entry was changed, removed or inserted outside Pana; the entries before it are sound. Keep every backup: they hold the entry as it was.</source>
        <translation>✖ Аудит тізбегі № {seq} жазбада бұзылған. Бұл жазба Pana бағдарламасынан тыс өзгертілген, жойылған немесе енгізілген; оған дейінгі жазбалар бүтін. Барлық сақтық көшірмені сақтаңыз: оларда жазбаның бастапқы нұсқасы бар.</translation>
    </message>
    <message>
        <source>Entry #{seq}</source>
        <translation>Жазба № {seq}</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>іс {number}</translation>
    </message>
    <message>
        <source>This entry records the action only; no values changed.</source>
        <translation>Бұл жазбада тек әрекет тіркелген; мәндер өзгермеген.</translation>
    </message>
    <message>
        <source>The values are withheld: your role may not read case files. The fields show what changed.</source>
        <translation>Мәндер жасырылған: сіздің рөліңізге істерді оқуға рұқсат жоқ. Өрістерден не өзгергенін көруге болады.</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>(жасырылған)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <source>The CSV file is not encrypted, and it holds what the entries hold — including applicants&apos; personal data. Keep it on an encrypted drive and delete it when it is no longer needed.

Export every entry matching the filters?</source>
        <translation>CSV файлы шифрланбаған, онда жазбалардағы барлық мәлімет, соның ішінде өтініш берушілердің дербес деректері болады. Оны шифрланған тасығышта сақтаңыз және қажеті болмаған кезде жойыңыз.

Сүзгілерге сәйкес келетін барлық жазбаны экспорттайсыз ба?</translation>
    </message>
    <message>
        <source>Export the audit trail as CSV</source>
        <translation>Аудит журналын CSV форматында экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Exports need your password again:</source>
        <translation>Экспорттау үшін құпиясөзді қайта енгізіңіз:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to {file}.</source>
        <translation>
            <numerusform>%Ln жазба {file} файлына экспортталды.</numerusform>
            <numerusform>%Ln жазба {file} файлына экспортталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Экспортталмады</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <source>Progress of the backup</source>
        <extracomment>How often the main window looks whether an automatic backup is due. The first look after logging in, when the laptop has just been switched on.</extracomment>
        <translation>Сақтық көшірме жасау барысы</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Басталуын күтуде…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancel the backup before it starts</source>
        <translation>Сақтық көшірме жасауды басталмай тұрып болдырмау</translation>
    </message>
    <message>
        <source>A backup that has started runs to its end</source>
        <translation>Басталған сақтық көшірме жасау соңына дейін орындалады</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Сақтық көшірме тексерілуде…</translation>
    </message>
    <message>
        <source>Copied {done} of {total} pages</source>
        <translation>Көшірілген беттер: {done} / {total}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Болдырылмады; ештеңе жазылмады.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>A backup is a copy of the whole database, encrypted with the same key, with the key file beside it (.keys). Keep backups on a drive stored apart from this computer: they open with the same passwords.</source>
        <extracomment>The file written (back up now, or an automatic backup run from here). A backup failed; the message in the interface language.</extracomment>
        <translation>Сақтық көшірме — бүкіл дерекқордың сол кілтпен шифрланған көшірмесі, оның қасында кілттер файлы (.keys) болады. Сақтық көшірмелерді осы компьютерден бөлек сақталатын тасығышта ұстаңыз: олар сол құпиясөздермен ашылады.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <source>Back up now to a file you choose</source>
        <translation>Таңдалған файлға қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Choose where to write the backup; it is checked after it is written.</source>
        <translation>Сақтық көшірмені қайда жазу керектігін таңдаңыз; жазылғаннан кейін ол тексеріледі.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматты сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Автоматты сақтық көшірмелерге арналған қалта</translation>
    </message>
    <message>
        <source>No folder: automatic backups are off</source>
        <translation>Қалта таңдалмаған: автоматты сақтық көшірме жасау өшірулі</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Автоматты сақтық көшірмелерге арналған қалтаны таңдау</translation>
    </message>
    <message>
        <source>Hours between automatic backups</source>
        <translation>Автоматты сақтық көшірмелер арасындағы сағат саны</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> сағат</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Сақталатын автоматты сақтық көшірмелер саны</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> көшірме</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the automatic backup settings</source>
        <translation>Автоматты сақтық көшірме жасау баптауларын сақтау</translation>
    </message>
    <message>
        <source>Run automatic backup now</source>
        <translation>Автоматты көшірме жасауды қазір іске қосу</translation>
    </message>
    <message>
        <source>Take the automatic backup now</source>
        <translation>Автоматты сақтық көшірмені қазір жасау</translation>
    </message>
    <message>
        <source>Older automatic backups of this database are deleted; other files in the folder are never touched.</source>
        <translation>Осы дерекқордың ескірек автоматты сақтық көшірмелері жойылады; қалтадағы басқа файлдар ешқашан өзгертілмейді.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Қалта:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Жиілігі:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>Сақталатын с&amp;аны:</translation>
    </message>
    <message>
        <source>Last automatic backup: {time} ({state}), {file}</source>
        <translation>Соңғы автоматты сақтық көшірме: {time} ({state}), {file}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>сәтті</translation>
    </message>
    <message>
        <source>Last automatic backup: none yet.</source>
        <translation>Соңғы автоматты сақтық көшірме: әзірге жоқ.</translation>
    </message>
    <message>
        <source>Next: {time}</source>
        <translation>Келесісі: {time}</translation>
    </message>
    <message>
        <source>Next: now (due)</source>
        <translation>Келесісі: қазір (уақыты келді)</translation>
    </message>
    <message>
        <source>Automatic backups are off: choose a folder and save.</source>
        <translation>Автоматты сақтық көшірме жасау өшірулі: қалтаны таңдап, баптауларды сақтаңыз.</translation>
    </message>
    <message>
        <source>The automatic backup at {time} failed: {problem}</source>
        <translation>Автоматты сақтық көшірме жасалмады (уақыты: {time}): {problem}</translation>
    </message>
    <message>
        <source>The backup failed: see why above.</source>
        <translation>Сақтық көшірме жасалмады: себебі жоғарыда көрсетілген.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Баптаулар сақталды.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сақтық көшірмені қайда сақтау</translation>
    </message>
    <message>
        <source>Pana backups (*.db)</source>
        <translation>Pana сақтық көшірмелері (*.db)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Автоматты сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>The backup was cancelled before it started; nothing was written.</source>
        <translation>Сақтық көшірме жасау басталғанға дейін тоқтатылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>No folder is set for automatic backups: choose one and save.</source>
        <translation>Автоматты сақтық көшірмелерге арналған қалта көрсетілмеген: қалтаны таңдап, баптауларды сақтаңыз.</translation>
    </message>
    <message>
        <source>Backup written to {path} and checked: it opens with the key and is whole. Its key file is beside it.</source>
        <translation>Сақтық көшірме жазылды және тексерілді: ол кілтпен ашылады және бүтін. Орны: {path}. Кілттер файлы оның қасында.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Сақтық көшірме жасалмады</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>Progress of the batch</source>
        <translation>Құжаттар топтамасын өңдеу барысы</translation>
    </message>
    <message>
        <source>Saving documents</source>
        <translation>Құжаттарды сақтау</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop after the current document</source>
        <translation>Ағымдағы құжаттан кейін тоқтату</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Ағымдағы құжаттан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Saving {n} of {total}: {what}</source>
        <translation>Сақтау ({n}/{total}): {what}</translation>
    </message>
    <message>
        <source>Printing {n} of {total}: {what}</source>
        <translation>Басып шығару ({n}/{total}): {what}</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>The states in which the officer drafts: those from which the assessment is submitted. The assessment states in which a draft is still being written (draft, returned).</extracomment>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Claim and incidents</source>
        <translation>Уәждер және қудалау жағдайлары</translation>
    </message>
    <message>
        <source>Decision and status</source>
        <translation>Шешім және мәртебе</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Әңгімелесулер</translation>
    </message>
    <message>
        <source>Entry and legal history</source>
        <translation>Елге келу және құқықтық тарих</translation>
    </message>
    <message>
        <source>You can read this part of the case file; your role cannot change it.</source>
        <translation>Істің бұл бөлігін оқи аласыз; сіздің рөліңіз оны өзгертуге мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>The case is out on a laptop: it can be changed here again once it is checked in (or released).</source>
        <translation>Іс ноутбукке берілген: ол қайтарылғаннан (немесе қайтарып алынғаннан) кейін ғана мұнда қайта өзгертуге болады.</translation>
    </message>
    <message>
        <source>The case file cannot be changed while the case is “{status}”.</source>
        <translation>Іс «{status}» күйінде тұрғанда оны өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>Case {number} — Pana</source>
        <extracomment>The sections in the order the officer works through them: (module, class).</extracomment>
        <translation>Іс {number} — Pana</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Sections of the case file</source>
        <translation>Іс бөлімдері</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Қайта жүктеу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Pana</source>
        <translation>Pana</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {status}</translation>
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation>Маман: {officer}</translation>
    </message>
    <message>
        <source>Registered {date}</source>
        <translation>Тіркелген күні: {date}</translation>
    </message>
    <message>
        <source>Decision due {date}</source>
        <translation>Шешім қабылдау мерзімі: {date}</translation>
    </message>
    <message>
        <source>Status valid until {date}</source>
        <translation>Мәртебенің қолданылу мерзімі: {date}</translation>
    </message>
    <message>
        <source>Appeal until {date}</source>
        <translation>Шағымдану мерзімі: {date}</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Petition registered</source>
        <translation>Өтінішхат тіркелді</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Әңгімелесу тағайындалды</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Қорытынды дайындалуда</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Бекітуде</translation>
    </message>
    <message>
        <source>Decided, to be notified</source>
        <translation>Шешім қабылданды, табыс етілмеді</translation>
    </message>
    <message>
        <source>Refugee status granted</source>
        <translation>Босқын мәртебесі берілді</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Ұзарту туралы өтініш берілді</translation>
    </message>
    <message>
        <source>Extension pending approval</source>
        <translation>Ұзарту бекітуде</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Шағым берілді</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Іс жабылды</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Status valid until</source>
        <translation>Мәртебенің қолданылу мерзімі</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Бұл бағанды сұрыптау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Істерді қайтару</translation>
    </message>
    <message>
        <source>Check cases in to the server</source>
        <translation>Істерді серверге қайтару</translation>
    </message>
    <message>
        <source>Bring the cases on this laptop back to the commission server. What you changed here is merged with the office&apos;s copy; where both changed the same value you choose which to keep. The cases leave this laptop once the server has them.</source>
        <translation>Осы ноутбуктегі істер комиссия серверіне қайтарылады. Мұнда енгізілген өзгерістер кеңседегі көшірмемен біріктіріледі; бір мән екі жақта да өзгертілген болса, қайсысын қалдыру керектігін өзіңіз таңдайсыз. Сервер істерді қабылдағаннан кейін олар осы ноутбуктен жойылады.</translation>
    </message>
    <message>
        <source>Cases going back</source>
        <translation>Қайтарылатын істер</translation>
    </message>
    <message>
        <source>&amp;Decide the conflicts…</source>
        <translation>Қайшылықтарды &amp;шешу…</translation>
    </message>
    <message>
        <source>Decide the values changed on both sides</source>
        <translation>Екі жақта да өзгертілген мәндерді таңдау</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>екі жақта да өзгертілген</translation>
    </message>
    <message>
        <source>changed on this laptop</source>
        <translation>осы ноутбукте өзгертілген</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>new petition</source>
        <translation>жаңа өтінішхат</translation>
    </message>
    <message>
        <source>No value was changed both here and at the office.</source>
        <translation>Мұнда да, кеңседе де өзгертілген мән жоқ.</translation>
    </message>
    <message>
        <source>Meanwhile values were changed at the office too: decide the new conflicts, then check in again. Nothing was changed.</source>
        <translation>Осы уақыт ішінде кеңседе де мәндер өзгертілді: жаңа қайшылықтарды шешіп, істерді қайтаруды қайталаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check &amp;out to this laptop</source>
        <translation>Осы ноутбукке &amp;беру</translation>
    </message>
    <message>
        <source>Check cases out from the server</source>
        <translation>Істерді серверден ноутбукке беру</translation>
    </message>
    <message>
        <source>Take cases from the commission server to work on them on this laptop without the network. At the office they can be read, but not changed, until you check them in.</source>
        <translation>Істермен осы ноутбукте желіге қосылмай жұмыс істеу үшін оларды комиссия серверінен алыңыз. Сіз оларды қайтармайынша, кеңседе оларды оқуға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Your cases on the server:</source>
        <translation>Сервердегі істеріңіз:</translation>
    </message>
    <message>
        <source>Cases to take</source>
        <translation>Ноутбукке алынатын істер</translation>
    </message>
    <message>
        <source>Other case numbers</source>
        <translation>Басқа іс нөмірлері</translation>
    </message>
    <message>
        <source>Bring them back by</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <source>New petitions allowed</source>
        <translation>Жаңа өтінішхаттар квотасы</translation>
    </message>
    <message>
        <source>Other case &amp;numbers:</source>
        <translation>Басқа іс &amp;нөмірлері:</translation>
    </message>
    <message>
        <source>Bring them &amp;back by:</source>
        <translation>Қайтару &amp;мерзімі:</translation>
    </message>
    <message>
        <source>New petitions &amp;allowed:</source>
        <translation>Жаңа өтінішхаттар &amp;квотасы:</translation>
    </message>
    <message>
        <source>(out to “{device}” until {date})</source>
        <translation>(«{device}» ноутбугіне берілген, қайтару мерзімі: {date})</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check in from a laptop</source>
        <extracomment>The cases were checked in (their numbers, and the new petitions&apos; new numbers).</extracomment>
        <translation>Істерді ноутбуктен қайтару</translation>
    </message>
    <message>
        <source>The laptop&apos;s check-in file</source>
        <translation>Ноутбуктің қайтару файлы</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл әлі таңдалмаған</translation>
    </message>
    <message>
        <source>Choose the check-in &amp;file…</source>
        <translation>Қайтару &amp;файлын таңдау…</translation>
    </message>
    <message>
        <source>Choose the laptop&apos;s check-in file</source>
        <translation>Ноутбуктің қайтару файлын таңдау</translation>
    </message>
    <message>
        <source>Check-in file:</source>
        <translation>Қайтару файлы:</translation>
    </message>
    <message>
        <source>On the laptop, write the check-in file, then choose it here.</source>
        <translation>Ноутбукте қайтару файлын жазыңыз, содан кейін оны осы жерде таңдаңыз.</translation>
    </message>
    <message>
        <source>Cases in the check-in file</source>
        <translation>Қайтару файлындағы істер</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Changed on the laptop</source>
        <translation>Ноутбукте өзгертілді</translation>
    </message>
    <message>
        <source>Changed at the office</source>
        <translation>Кеңседе өзгертілді</translation>
    </message>
    <message>
        <source>Values to choose</source>
        <translation>Таңдалатын мәндер</translation>
    </message>
    <message>
        <source>At the office now</source>
        <translation>Кеңседегі күйі</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>Істерді &amp;қайтару…</translation>
    </message>
    <message>
        <source>Check the cases in</source>
        <translation>Істерді қайтару</translation>
    </message>
    <message>
        <source>Save the &amp;receipt…</source>
        <translation>Қабылдау &amp;түбіртегін сақтау…</translation>
    </message>
    <message>
        <source>Save the receipt for the laptop</source>
        <translation>Ноутбукке арналған қабылдау түбіртегін сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Бұл терезені жабу</translation>
    </message>
    <message>
        <source>Pana exchange files (*.pana);;All files (*)</source>
        <translation>Pana алмасу файлдары (*.pana);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>“{file}” is too large to be a check-in file.</source>
        <translation>«{file}» файлы тым үлкен: ол қайтару файлы бола алмайды.</translation>
    </message>
    <message>
        <source>“{file}” could not be read: {reason}</source>
        <translation>«{file}» файлын оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Reading the check-in file…</source>
        <translation>Қайтару файлы оқылуда…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>From the laptop “{device}” of {user}.</source>
        <translation>Ноутбук: «{device}», пайдаланушы: {user}.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %Ln</source>
        <translation>
            <numerusform>Істер: %Ln</numerusform>
            <numerusform>Істер: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>changed on the laptop: {laptop}, at the office: {office}</source>
        <translation>ноутбукте өзгертілгені: {laptop}, кеңседе өзгертілгені: {office}</translation>
    </message>
    <message numerus="yes">
        <source>New petitions registered on the laptop: %Ln (they get their own numbers now)</source>
        <translation>
            <numerusform>Ноутбукте тіркелген жаңа өтінішхаттар: %Ln (қазір оларға тұрақты нөмірлер беріледі)</numerusform>
            <numerusform>Ноутбукте тіркелген жаңа өтінішхаттар: %Ln (қазір оларға тұрақты нөмірлер беріледі)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the laptop&apos;s audit trail: %Ln</source>
        <translation>
            <numerusform>Ноутбуктің аудит журналындағы жазбалар: %Ln</numerusform>
            <numerusform>Ноутбуктің аудит журналындағы жазбалар: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values changed on both sides: %Ln — you choose each one before the check-in.</source>
        <translation>
            <numerusform>Екі жақта да өзгертілген мәндер: %Ln — істерді қайтару алдында әрқайсысы бойынша таңдау жасайсыз.</numerusform>
            <numerusform>Екі жақта да өзгертілген мәндер: %Ln — істерді қайтару алдында әрқайсысы бойынша таңдау жасайсыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No value was changed on both sides.</source>
        <translation>Екі жақта да өзгертілген мән жоқ.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: choose Check in… to take the laptop&apos;s work.</source>
        <translation>Әзірге ештеңе өзгертілмеді: ноутбукте орындалған жұмысты қабылдау үшін «Істерді қайтару…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Checking the cases in…</source>
        <translation>Істер қайтарылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %Ln case(s).</source>
        <translation>
            <numerusform>Қайтарылған істер: %Ln.</numerusform>
            <numerusform>Қайтарылған істер: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by the laptop&apos;s work: {numbers}</source>
        <translation>Ноутбуктегі жұмыс нәтижесінде өзгертілгендер: {numbers}</translation>
    </message>
    <message>
        <source>Unchanged: {numbers}</source>
        <translation>Өзгеріссіз: {numbers}</translation>
    </message>
    <message>
        <source>Taken in before, left as they are: {numbers}</source>
        <translation>Бұрын қабылданған, өзгеріссіз қалдырылды: {numbers}</translation>
    </message>
    <message numerus="yes">
        <source>Values chosen on the conflict screen: %Ln</source>
        <translation>
            <numerusform>Қайшылықтар терезесінде таңдалған мәндер: %Ln</numerusform>
            <numerusform>Қайшылықтар терезесінде таңдалған мәндер: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New petitions and their numbers:</source>
        <translation>Жаңа өтінішхаттар және олардың нөмірлері:</translation>
    </message>
    <message>
        <source>Now save the receipt and take it to the laptop: it removes the checked-in cases from the laptop.</source>
        <translation>Енді қабылдау түбіртегін сақтап, оны ноутбукке апарыңыз: ол бойынша қайтарылған істер ноутбуктен жойылады.</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Істер қайтарылмады</translation>
    </message>
    <message>
        <source>Nothing was changed. The file is read again: choose Check in… once more.</source>
        <translation>Ештеңе өзгертілмеді. Файл қайта оқылуда: «Істерді қайтару…» батырмасын тағы бір рет басыңыз.</translation>
    </message>
    <message>
        <source>The receipt is not saved yet: choose Save the receipt… before you close this window.</source>
        <translation>Қабылдау түбіртегі әлі сақталмады: осы терезені жаппас бұрын «Қабылдау түбіртегін сақтау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The cases are checked in, but the receipt could not be saved: {problem}

It is still here: choose Save the receipt… to write it to another folder or drive.</source>
        <translation>Істер қайтарылды, бірақ қабылдау түбіртегін сақтау мүмкін болмады: {problem}

Түбіртек әлі осында: оны басқа қалтаға немесе дискіге жазу үшін «Қабылдау түбіртегін сақтау…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Қабылдау түбіртегі сақталмады</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}. On the laptop, open it to finish: the checked-in cases are removed from the laptop.</source>
        <translation>Қабылдау түбіртегі сақталды: {path}. Қайтаруды аяқтау үшін оны ноутбукте ашыңыз: қайтарылған істер ноутбуктен жойылады.</translation>
    </message>
    <message>
        <source>The receipt is not saved</source>
        <translation>Қабылдау түбіртегі сақталмады</translation>
    </message>
    <message>
        <source>The cases are checked in, but the receipt for the laptop is not saved. Without it the laptop keeps its copies of the cases. Close anyway?</source>
        <translation>Істер қайтарылды, бірақ ноутбукке арналған қабылдау түбіртегі сақталмады. Онсыз істердің көшірмелері ноутбукте қалады. Бәрібір жабу керек пе?</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Check out to a laptop</source>
        <extracomment>The cases were checked out (their numbers). The package file was written (its path).</extracomment>
        <translation>Істерді ноутбукке беру</translation>
    </message>
    <message>
        <source>1. The laptop</source>
        <translation>1. Ноутбук</translation>
    </message>
    <message>
        <source>The laptop&apos;s request file</source>
        <translation>Ноутбуктің сұрау файлы</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл әлі таңдалмаған</translation>
    </message>
    <message>
        <source>Choose the &amp;request file…</source>
        <translation>Сұрау файлын &amp;таңдау…</translation>
    </message>
    <message>
        <source>Choose the laptop&apos;s request file</source>
        <translation>Ноутбуктің сұрау файлын таңдау</translation>
    </message>
    <message>
        <source>Request &amp;file:</source>
        <translation>Сұрау &amp;файлы:</translation>
    </message>
    <message>
        <source>2. The cases</source>
        <translation>2. Істер</translation>
    </message>
    <message>
        <source>Case number to add</source>
        <translation>Қосылатын іс нөмірі</translation>
    </message>
    <message>
        <source>e.g. AQM-2026-00042</source>
        <translation>мысалы, AQM-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Add the case number to the list</source>
        <translation>Іс нөмірін тізімге қосу</translation>
    </message>
    <message>
        <source>Cases to check out</source>
        <translation>Берілетін істер</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Remove the chosen cases from the list</source>
        <translation>Таңдалған істерді тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Іс &amp;нөмірі:</translation>
    </message>
    <message>
        <source>3. Return date and new petitions</source>
        <translation>3. Қайтару мерзімі және жаңа өтінішхаттар</translation>
    </message>
    <message>
        <source>Date the cases come back</source>
        <translation>Істерді қайтару күні</translation>
    </message>
    <message>
        <source>New petitions that may be registered on the laptop</source>
        <translation>Ноутбукте тіркеуге болатын жаңа өтінішхаттар саны</translation>
    </message>
    <message>
        <source>Petitions registered on the laptop get a provisional number, and their own number when they are checked in.</source>
        <translation>Ноутбукте тіркелген өтінішхаттарға уақытша нөмір беріледі, ал олар қайтарылған кезде — тұрақты нөмір.</translation>
    </message>
    <message>
        <source>&amp;Back by:</source>
        <translation>Қайтару &amp;мерзімі:</translation>
    </message>
    <message>
        <source>New &amp;petitions allowed:</source>
        <translation>Жаңа &amp;өтінішхаттар квотасы:</translation>
    </message>
    <message>
        <source>&amp;Check out…</source>
        <translation>Істерді &amp;беру…</translation>
    </message>
    <message>
        <source>Check the cases out and save the package</source>
        <translation>Істерді беру және беру пакетін сақтау</translation>
    </message>
    <message>
        <source>&amp;Save again…</source>
        <translation>Қайта &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save the package to another file</source>
        <translation>Беру пакетін басқа файлға сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Бұл терезені жабу</translation>
    </message>
    <message>
        <source>Laptop requests (*.json);;All files (*)</source>
        <translation>Ноутбуктің сұрау файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>“{file}” is too large to be a laptop&apos;s request file.</source>
        <translation>«{file}» файлы тым үлкен: ол ноутбуктің сұрау файлы бола алмайды.</translation>
    </message>
    <message>
        <source>“{file}” could not be read: {reason}</source>
        <translation>«{file}» файлын оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Laptop: &lt;b&gt;{device}&lt;/b&gt; · for: &lt;b&gt;{user}&lt;/b&gt;&lt;br&gt;Code: &lt;b&gt;{code}&lt;/b&gt; — the laptop shows the same code; compare them before you go on.</source>
        <translation>Ноутбук: &lt;b&gt;{device}&lt;/b&gt; · пайдаланушы: &lt;b&gt;{user}&lt;/b&gt;&lt;br&gt;Бақылау коды: &lt;b&gt;{code}&lt;/b&gt; — ноутбукте де дәл осындай код көрсетіледі; жалғастырмас бұрын оларды салыстырыңыз.</translation>
    </message>
    <message>
        <source>choose the laptop&apos;s request file first.</source>
        <translation>алдымен ноутбуктің сұрау файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>add at least one case, or allow new petitions on the laptop.</source>
        <translation>кемінде бір іс қосыңыз немесе ноутбукте жаңа өтінішхаттарды тіркеуге рұқсат беріңіз.</translation>
    </message>
    <message>
        <source>Save the package for the laptop</source>
        <translation>Ноутбукке арналған беру пакетін сақтау</translation>
    </message>
    <message>
        <source>Checking the cases out…</source>
        <translation>Істер берілуде…</translation>
    </message>
    <message>
        <source>Package not saved</source>
        <translation>Беру пакеті сақталмады</translation>
    </message>
    <message>
        <source>The cases are checked out, but the package for the laptop could not be saved: {problem}

The package is still here: choose Save again… to write it to another folder or drive. If it cannot be saved, a supervisor can release the cases (Laptops tab), so that they can be changed here again.</source>
        <translation>Істер берілді, бірақ ноутбукке арналған беру пакетін сақтау мүмкін болмады: {problem}

Пакет әлі осында: оны басқа қалтаға немесе дискіге жазу үшін «Қайта сақтау…» батырмасын басыңыз. Егер оны сақтау мүмкін болмаса, басшы істерді қайтарып ала алады («Ноутбуктер» қойындысы), сонда оларды осы жерде қайтадан өзгертуге болады.</translation>
    </message>
    <message numerus="yes">
        <source>Checked out %Ln case(s) to the laptop “{device}” of {user}, until {until}.</source>
        <translation>
            <numerusform>{user} пайдаланушының «{device}» ноутбугіне %Ln іс берілді; қайтару мерзімі: {until}.</numerusform>
            <numerusform>{user} пайдаланушының «{device}» ноутбугіне %Ln іс берілді; қайтару мерзімі: {until}.</numerusform>
        </translation>
    </message>
    <message>
        <source>New petitions allowed on the laptop: {quota}.</source>
        <translation>Ноутбуктегі жаңа өтінішхаттар квотасы: {quota}.</translation>
    </message>
    <message>
        <source>The package is saved as {path}. Take it to the laptop and open it there; only that laptop can open it.</source>
        <translation>Беру пакеті сақталды: {path}. Оны ноутбукке апарып, сонда ашыңыз; оны тек сол ноутбук аша алады.</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Істер берілмеді</translation>
    </message>
    <message>
        <source>The package is not saved</source>
        <translation>Беру пакеті сақталмады</translation>
    </message>
    <message>
        <source>The cases are checked out, but the package for the laptop is not saved. Close anyway? The package is then lost: the cases stay checked out until a supervisor releases them.</source>
        <translation>Істер берілді, бірақ ноутбукке арналған беру пакеті сақталмады. Бәрібір жабу керек пе? Бұл жағдайда пакет жоғалады: басшы қайтарып алғанға дейін істер ноутбукке берілген күйде қалады.</translation>
    </message>
</context>
<context>
    <name>CheckoutsPanel</name>
    <message>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>Cases were checked out, in or released here (the main window refreshes its lists).</extracomment>
        <translation>Істерді н&amp;оутбукке беру…</translation>
    </message>
    <message>
        <source>Check cases out to a laptop</source>
        <translation>Істерді ноутбукке беру</translation>
    </message>
    <message>
        <source>Check &amp;in from a file…</source>
        <translation>Істерді файл&amp;дан қайтару…</translation>
    </message>
    <message>
        <source>Check cases in from a laptop&apos;s file</source>
        <translation>Ноутбуктің қайтару файлы бойынша істерді қайтару</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Қайтарып а&amp;лу…</translation>
    </message>
    <message>
        <source>Release the chosen case from its laptop</source>
        <translation>Таңдалған істі ноутбуктен қайтарып алу</translation>
    </message>
    <message>
        <source>Show &amp;past check-outs</source>
        <translation>Б&amp;ұрын берілген істерді көрсету</translation>
    </message>
    <message>
        <source>Show returned and released check-outs too</source>
        <translation>Қайтарылған және қайтарып алынған істерді де көрсету</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Тізімді жаңарту</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Тізімді қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Cases out on laptops</source>
        <translation>Ноутбуктерге берілген істер</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>(new petitions)</source>
        <translation>(жаңа өтінішхаттар)</translation>
    </message>
    <message numerus="yes">
        <source>{date} — overdue by %Ln day(s)</source>
        <translation>
            <numerusform>{date} — %Ln күн кешікті</numerusform>
            <numerusform>{date} — %Ln күн кешікті</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} / {total}</translation>
    </message>
    <message>
        <source>No case is out on a laptop.</source>
        <translation>Ноутбуктерге берілген іс жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Cases out on laptops: %Ln</source>
        <translation>
            <numerusform>Ноутбуктерге берілген істер: %Ln</numerusform>
            <numerusform>Ноутбуктерге берілген істер: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue: %Ln</source>
        <translation>
            <numerusform>мерзімі өткен: %Ln</numerusform>
            <numerusform>мерзімі өткен: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutsTable</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>Берілген уақыты</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>New petitions</source>
        <translation>Жаңа өтінішхаттар</translation>
    </message>
</context>
<context>
    <name>ClaimSection</name>
    <message>
        <source>Claim</source>
        <translation>Өтініш берушінің уәждері</translation>
    </message>
    <message>
        <source>Summary of the claim</source>
        <translation>Уәждердің қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Қудалау субъектісінің түрі</translation>
    </message>
    <message>
        <source>Who the applicant fears</source>
        <translation>Өтініш беруші кімнен қауіптенеді</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Қысқаша &amp;мазмұны:</translation>
    </message>
    <message>
        <source>Feared &amp;actor:</source>
        <translation>Қудалау &amp;субъектісі:</translation>
    </message>
    <message>
        <source>Actor &amp;described:</source>
        <translation>Субъектінің с&amp;ипаттамасы:</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенцияда көзделген негіздер</translation>
    </message>
    <message>
        <source>Nexus note: {ground}</source>
        <translation>Себептік байланыс: {ground}</translation>
    </message>
    <message>
        <source>How the feared harm is linked to this ground</source>
        <translation>Өтініш беруші қауіптенетін зиянның осы негізбен байланысы</translation>
    </message>
    <message>
        <source>Save c&amp;laim</source>
        <translation>Уәждерді сақ&amp;тау</translation>
    </message>
    <message>
        <source>Save the claim</source>
        <translation>Өтініш берушінің уәждерін сақтау</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Өзгертулерді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Undo all unsaved changes to the claim</source>
        <translation>Уәждерге енгізілген барлық сақталмаған өзгертулерді болдырмау</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Қудалау жағдайлары</translation>
    </message>
    <message>
        <source>&amp;Timeline (earliest first):</source>
        <translation>&amp;Хронология (ертерегі бірінші):</translation>
    </message>
    <message>
        <source>Incidents timeline</source>
        <translation>Қудалау жағдайларының хронологиясы</translation>
    </message>
    <message>
        <source>No incidents recorded yet.</source>
        <translation>Қудалау жағдайлары әлі енгізілмеген.</translation>
    </message>
    <message>
        <source>Add i&amp;ncident…</source>
        <translation>Қудалау жағдайын &amp;қосу…</translation>
    </message>
    <message>
        <source>Add an incident</source>
        <translation>Қудалау жағдайын қосу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Edit the selected incident</source>
        <translation>Таңдалған жағдайды өңдеу</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>Таңдалған жағдайды жою</translation>
    </message>
    <message>
        <source>(not claimed)</source>
        <translation>(мәлімделмеген)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Feared actor</source>
        <translation>Қудалау субъектісі</translation>
    </message>
    <message>
        <source>Actor described</source>
        <translation>Субъектінің сипаттамасы</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Қудалау жағдайын жою</translation>
    </message>
    <message>
        <source>Remove the incident “{kind}” ({dates}) from the claim? The history keeps a record of it.</source>
        <translation>Қудалау жағдайын уәждерден жоясыз ба: «{kind}» ({dates})? Бұл туралы жазба іс тарихында сақталады.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Жойылмады</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>Істі &amp;жабу</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>Жабылған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Close the case as “{reason}” on {date}? A closed case can only be reopened with a recorded reason.</source>
        <translation>Істі жабасыз ба? Себебі: «{reason}», күні: {date}. Жабылған істі тек себебін жазып қана қайта ашуға болады.</translation>
    </message>
    <message>
        <source>The case is closed ({reason}).</source>
        <translation>Іс жабылды ({reason}).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved elsewhere in the meantime</source>
        <translation>Осы уақытта басқа жерде сақталды</translation>
    </message>
    <message>
        <source>This record was changed and saved{who} after you opened it. Nothing has been overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін ол{who} өзгертіліп, сақталды. Ештеңе қайта жазылған жоқ. Екі нұсқаны салыстырып, қайсысын қалдыру керектігін таңдаңыз.</translation>
    </message>
    <message>
        <source> by {user}</source>
        <translation> {user} тарапынан</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Сақталған нұсқа</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Сіздің нұсқаңыз</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Менің нұсқамды қалдыру</translation>
    </message>
    <message>
        <source>Take the saved version</source>
        <translation>Сақталған нұсқаны алу</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <source>Values changed on both sides</source>
        <extracomment>How many rows have a choice, and how many there are.</extracomment>
        <translation>Екі жақта да өзгертілген мәндер</translation>
    </message>
    <message>
        <source>Changed on the laptop and at the office</source>
        <translation>Ноутбукте де, кеңседе де өзгертілген мәндер</translation>
    </message>
    <message>
        <source>Since these cases left for the laptop, the values below were changed both on the laptop and at the office. Nothing has been overwritten. Choose for each value which one to keep; the other stays in the case&apos;s history.</source>
        <translation>Бұл істер ноутбукке берілгеннен бері төмендегі мәндер ноутбукте де, кеңседе де өзгертілді. Ештеңе қайта жазылған жоқ. Әр мән үшін қайсысын қалдыру керектігін таңдаңыз; екіншісі іс тарихында сақталады.</translation>
    </message>
    <message>
        <source>All from the &amp;laptop</source>
        <translation>Бәрі &amp;ноутбуктен</translation>
    </message>
    <message>
        <source>Keep the laptop&apos;s value everywhere</source>
        <translation>Барлық жерде ноутбуктегі мәнді қалдыру</translation>
    </message>
    <message>
        <source>All from the &amp;office</source>
        <translation>Бәрі &amp;кеңседен</translation>
    </message>
    <message>
        <source>Keep the office&apos;s value everywhere</source>
        <translation>Барлық жерде кеңседегі мәнді қалдыру</translation>
    </message>
    <message>
        <source>&amp;Apply these choices</source>
        <translation>Таңдауды &amp;қолдану</translation>
    </message>
    <message>
        <source>Apply these choices and check the cases in</source>
        <translation>Таңдауды қолданып, істерді қайтару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Болдырмау: ештеңе өзгертілмейді</translation>
    </message>
    <message>
        <source>Case {number} — laptop “{device}” of {user}</source>
        <translation>№ {number} іс — {user} пайдаланушының «{device}» ноутбугі</translation>
    </message>
    <message>
        <source>When it left</source>
        <translation>Ноутбукке берілген кезде</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>Ноутбукте</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Кеңседе</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>(removed on the laptop)</source>
        <translation>(ноутбукте жойылған)</translation>
    </message>
    <message>
        <source>(removed at the office)</source>
        <translation>(кеңседе жойылған)</translation>
    </message>
    <message>
        <source>Keep the laptop&apos;s</source>
        <translation>Ноутбуктегіні қалдыру</translation>
    </message>
    <message>
        <source>{field}, case {number}: keep the laptop&apos;s value</source>
        <translation>{field}, № {number} іс: ноутбуктегі мәнді қалдыру</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Кеңседегіні қалдыру</translation>
    </message>
    <message>
        <source>{field}, case {number}: keep the office&apos;s value</source>
        <translation>{field}, № {number} іс: кеңседегі мәнді қалдыру</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln value(s) decided</source>
        <translation>
            <numerusform>Таңдалған мәндер: {done} / %Ln</numerusform>
            <numerusform>Таңдалған мәндер: {done} / %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн</numerusform>
            <numerusform>%Ln күн</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtOutcomeDialog</name>
    <message>
        <source>Record the court&apos;s outcome</source>
        <translation>Сот шешімін енгізу</translation>
    </message>
    <message>
        <source>The court &amp;upheld the refusal</source>
        <translation>Сот бас тартуды &amp;күшінде қалдырды</translation>
    </message>
    <message>
        <source>The court upheld the refusal</source>
        <translation>Сот бас тартуды күшінде қалдырды</translation>
    </message>
    <message>
        <source>The appeal &amp;succeeded: the case is assessed again</source>
        <translation>Шағым &amp;қанағаттандырылды: іс бойынша жаңа қорытынды дайындалады</translation>
    </message>
    <message>
        <source>The appeal succeeded</source>
        <translation>Шағым қанағаттандырылды</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <source>Date of the judgment</source>
        <translation>Сот шешімінің күні</translation>
    </message>
    <message>
        <source>&amp;Date of the judgment:</source>
        <translation>Сот &amp;шешімінің күні:</translation>
    </message>
    <message>
        <source>choose what the court decided.</source>
        <translation>соттың қандай шешім қабылдағанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Record that the appeal succeeded on {date}? The case goes back to “{status}” for a new assessment.</source>
        <translation>Шағымның қанағаттандырылғанын белгілейсіз бе (күні: {date})? Іс жаңа қорытынды дайындау үшін «{status}» күйіне қайтарылады.</translation>
    </message>
    <message>
        <source>Record that the court upheld the refusal on {date}? The case becomes “{status}” as a final refusal.</source>
        <translation>Соттың бас тартуды күшінде қалдырғанын белгілейсіз бе (күні: {date})? Іс түпкілікті бас тарту ретінде «{status}» күйіне өтеді.</translation>
    </message>
    <message>
        <source>The appeal succeeded: the case is under assessment again. Draft a new assessment under “Assessment”.</source>
        <translation>Шағым қанағаттандырылды: іс бойынша қайтадан қорытынды дайындалады. Жаңа қорытындының жобасын «Қорытынды» бөлімінде дайындаңыз.</translation>
    </message>
    <message>
        <source>The court upheld the refusal; the case is closed as a final refusal.</source>
        <translation>Сот бас тартуды күшінде қалдырды; іс түпкілікті бас тарту ретінде жабылды.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Pana</source>
        <extracomment>The log is for an administrator looking at the last few days, not an archive. Chained exceptions followed (``raise … from …``, errors while handling errors). The same error again within this time is logged but opens no second dialog.</extracomment>
        <translation>Қате орын алды — Pana</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Қате орын алды</translation>
    </message>
    <message>
        <source>Pana ran into an error it did not expect.

• The last thing you did may not have been completed. Check it before going on — for example, whether the record shows as saved.
• What you typed is still in its window: nothing has been closed or thrown away. You can save it again.
• If this happens again, save a report and give it to your administrator with the incident number. The report holds no names or case details.</source>
        <translation>Pana бағдарламасында күтпеген қате орын алды.

• Соңғы әрекетіңіз аяқталмаған болуы мүмкін. Жұмысты жалғастырмас бұрын оны тексеріңіз — мысалы, жазба сақталған болып көрсетіле ме.
• Енгізген мәліметтеріңіз өз терезесінде қалды: ештеңе жабылған да, жойылған да жоқ. Оларды қайта сақтай аласыз.
• Бұл қайталанса, есепті сақтап, оны қате нөмірімен бірге әкімшіңізге беріңіз. Есепте адамдардың есімдері мен іс мәліметтері жоқ.</translation>
    </message>
    <message>
        <source>Pana ran into an error it did not expect and has to close.

• What was saved before is safe in the database.
• Start Pana again. If this happens again, save a report and give it to your administrator with the incident number. The report holds no names or case details.</source>
        <translation>Pana бағдарламасында күтпеген қате орын алды, бағдарлама жабылуы тиіс.

• Бұрын сақталған мәліметтер дерекқорда аман.
• Pana бағдарламасын қайта іске қосыңыз. Бұл қайталанса, есепті сақтап, оны қате нөмірімен бірге әкімшіңізге беріңіз. Есепте адамдардың есімдері мен іс мәліметтері жоқ.</translation>
    </message>
    <message>
        <source>Incident: {id}</source>
        <translation>Қате нөмірі: {id}</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;Есепті сақтау…</translation>
    </message>
    <message>
        <source>Save a report of this error to a file</source>
        <translation>Осы қате туралы есепті файлға сақтау</translation>
    </message>
    <message>
        <source>Close this message and go on working</source>
        <translation>Хабарламаны жабу және жұмысты жалғастыру</translation>
    </message>
    <message numerus="yes">
        <source>Errors since this message opened: %Ln. The log has them too.</source>
        <translation>
            <numerusform>Осы хабарлама ашылғаннан бергі қателер: %Ln. Олар бағдарлама журналына да жазылды.</numerusform>
            <numerusform>Осы хабарлама ашылғаннан бергі қателер: %Ln. Олар бағдарлама журналына да жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Қате туралы есепті сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved ({reason}). Choose another folder.</source>
        <translation>Есепті сақтау мүмкін болмады ({reason}). Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The report was saved as {path}.</source>
        <translation>Есеп сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>about {date}</source>
        <extracomment>Kazakh official dates put the year first: «2026 жылғы 27 қараша».</extracomment>
        <translation>шамамен {date}</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>The decision is due on {date}.</source>
        <translation>Шешім қабылдау мерзімі: {date}.</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Өтінішхатты қарау мерзімін ұзарту</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Ұзарту</translation>
    </message>
    <message>
        <source>New decision deadline</source>
        <translation>Шешім қабылдаудың жаңа мерзімі</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Ұзарту себебі</translation>
    </message>
    <message>
        <source>e.g. awaiting the security service&apos;s answer</source>
        <translation>мысалы, ұлттық қауіпсіздік органдарының жауабы күтілуде</translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>&amp;Жаңа мерзім:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Move the decision deadline from {old} to {new}?</source>
        <translation>Шешім қабылдау мерзімін ауыстырасыз ба? Бұрынғы мерзім: {old}, жаңа мерзім: {new}.</translation>
    </message>
    <message>
        <source>The decision is now due on {date}.</source>
        <translation>Шешім қабылдаудың жаңа мерзімі: {date}.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>&amp;Show:</source>
        <extracomment>The page lists at most this many deadlines, the soonest (a backlog of years taken over at once would otherwise be read whole at every visit).</extracomment>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Which deadlines to show</source>
        <translation>Қандай мерзімдерді көрсету</translation>
    </message>
    <message>
        <source>Everything overdue or due soon</source>
        <translation>Мерзімі өткендер мен жақында аяқталатындардың бәрі</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткендер</translation>
    </message>
    <message>
        <source>Due this week (next 7 days)</source>
        <translation>Осы аптада аяқталатындар (алдағы 7 күн)</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Маман:</translation>
    </message>
    <message>
        <source>Filter by officer</source>
        <translation>Маман бойынша сүзу</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Мамандар</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Барлық мамандар</translation>
    </message>
    <message>
        <source>Refresh the deadlines</source>
        <translation>Мерзімдерді жаңарту</translation>
    </message>
    <message>
        <source>Load the deadlines again (F5)</source>
        <translation>Мерзімдерді қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Deadlines of all officers</source>
        <translation>Барлық мамандардың мерзімдері</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн кешікті</numerusform>
            <numerusform>%Ln күн кешікті</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln күннен кейін</numerusform>
            <numerusform>%Ln күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>тағайындалмаған</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Мерзімі өткен немесе осы аптада аяқталатын мерзімдер жоқ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue: {overdue}&lt;/b&gt; · due this week: {week}</source>
        <translation>&lt;b&gt;Мерзімі өткен: {overdue}&lt;/b&gt; · осы аптада аяқталады: {week}</translation>
    </message>
    <message>
        <source>{officer}: {overdue} overdue, {week} this week</source>
        <translation>{officer}: мерзімі өткен — {overdue}, осы аптада — {week}</translation>
    </message>
    <message>
        <source>the {limit} soonest are listed</source>
        <translation>ең жақын {limit} мерзім көрсетілген</translation>
    </message>
    <message>
        <source>By officer — {list}</source>
        <translation>Мамандар бойынша — {list}</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Бұл сүзгілерге сәйкес келетін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Көрсетілгені: {shown}, барлығы: {total}</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines: %Ln</source>
        <translation>
            <numerusform>Мерзімдер: %Ln</numerusform>
            <numerusform>Мерзімдер: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesTable</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мерзім түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
</context>
<context>
    <name>DecisionSection</name>
    <message>
        <source>not yet served</source>
        <extracomment>Widest a column gets when fitted to its contents; the tooltip shows the rest.</extracomment>
        <translation>әлі табыс етілмеген</translation>
    </message>
    <message>
        <source>{outcome} (extension)</source>
        <translation>{outcome} (ұзарту)</translation>
    </message>
    <message>
        <source>no deadline recorded</source>
        <translation>мерзім көрсетілмеген</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>МЕРЗІМІ ӨТКІЗІЛІП</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>мерзімінде</translation>
    </message>
    <message>
        <source>Case closed</source>
        <extracomment>What each kind of event is called in the timeline.</extracomment>
        <translation>Іс жабылды</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Іс қайта ашылды</translation>
    </message>
    <message>
        <source>Status ended: expiry</source>
        <translation>Мәртебенің қолданылуы тоқтады: қолданылу мерзімінің өтуі</translation>
    </message>
    <message>
        <source>Status ended: cessation</source>
        <translation>Мәртебенің қолданылуы тоқтады: босқын мәртебесін тоқтату</translation>
    </message>
    <message>
        <source>Status ended: revocation</source>
        <translation>Мәртебенің қолданылуы тоқтады: босқын мәртебесінен айыру</translation>
    </message>
    <message>
        <source>Extension applied for</source>
        <translation>Ұзарту туралы өтініш берілді</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Decision due:</source>
        <translation>Шешім қабылдау мерзімі:</translation>
    </message>
    <message>
        <source>Refugee status valid until:</source>
        <translation>Босқын мәртебесінің қолданылу мерзімі аяқталатын күн:</translation>
    </message>
    <message>
        <source>Appeal possible until:</source>
        <translation>Шағымдану мерзімінің соңғы күні:</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate to renew by:</source>
        <translation>Пана іздеген адамның куәлігін ұзарту мерзімі:</translation>
    </message>
    <message>
        <source>Dec&amp;isions</source>
        <translation>&amp;Шешімдер</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>No decision has been taken yet.</source>
        <translation>Әлі шешім қабылданған жоқ.</translation>
    </message>
    <message>
        <source>A&amp;ppeals</source>
        <translation>Ша&amp;ғымдар</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>No appeal has been lodged.</source>
        <translation>Шағым берілген жоқ.</translation>
    </message>
    <message>
        <source>&amp;Timeline of closures, reopenings, extensions and status ends</source>
        <translation>&amp;Хронология: істі жабу, қайта ашу, ұзарту, мәртебе қолданылуының тоқтауы</translation>
    </message>
    <message>
        <source>Timeline of closures, reopenings and status changes</source>
        <translation>Хронология: істі жабу, қайта ашу, мәртебенің өзгеруі</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Әзірге ештеңе тіркелмеген.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Record &amp;notification…</source>
        <translation>Табыс етілгенін &amp;белгілеу…</translation>
    </message>
    <message>
        <source>Record that the decision was served</source>
        <translation>Шешімнің табыс етілгенін белгілеу</translation>
    </message>
    <message>
        <source>Register e&amp;xtension application…</source>
        <translation>Ұзарту туралы &amp;өтінішті тіркеу…</translation>
    </message>
    <message>
        <source>Register an application to extend refugee status</source>
        <translation>Босқын мәртебесінің қолданылу мерзімін ұзарту туралы өтінішті тіркеу</translation>
    </message>
    <message>
        <source>&amp;End status…</source>
        <translation>Мәртебе қолданылуын &amp;тоқтату…</translation>
    </message>
    <message>
        <source>End refugee status: expiry, cessation or revocation</source>
        <translation>Босқын мәртебесінің қолданылуын тоқтату: мерзімнің өтуі, мәртебені тоқтату немесе мәртебеден айыру</translation>
    </message>
    <message>
        <source>Record &amp;appeal…</source>
        <translation>Шағымды ті&amp;ркеу…</translation>
    </message>
    <message>
        <source>Record an appeal against the refusal</source>
        <translation>Бас тартуға берілген шағымды тіркеу</translation>
    </message>
    <message>
        <source>Record co&amp;urt outcome…</source>
        <translation>&amp;Сот шешімін енгізу…</translation>
    </message>
    <message>
        <source>Record the court&apos;s outcome</source>
        <translation>Сот шешімін енгізу</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>Істі &amp;жабу…</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>Істі қайта &amp;ашу…</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Істі қайта ашу</translation>
    </message>
    <message>
        <source>Extend &amp;decision deadline…</source>
        <translation>Өтінішхатты қарау &amp;мерзімін ұзарту…</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Өтінішхатты қарау мерзімін ұзарту</translation>
    </message>
    <message>
        <source>Lodged late: the appeal of {lodged} came after the deadline of {deadline}.</source>
        <translation>Мерзімі өткізіліп берілді: шағым берілген күн — {lodged}, шағымдану мерзімі — {deadline}.</translation>
    </message>
    <message>
        <source>{until} (from {since})</source>
        <translation>{until} (басталған күні: {since})</translation>
    </message>
    <message>
        <source>(an appeal was lodged)</source>
        <translation>(шағым берілді)</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн кешікті</numerusform>
            <numerusform>%Ln күн кешікті</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln күннен кейін</numerusform>
            <numerusform>%Ln күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline runs while the case is “{status}”.</source>
        <translation>Істің күйі «{status}» болғанда мерзімдер есептелмейді.</translation>
    </message>
    <message>
        <source>Only these roles may do this: {roles}.</source>
        <translation>Мұны тек мына рөлдер орындай алады: {roles}.</translation>
    </message>
    <message>
        <source>Not possible while the case is “{status}”.</source>
        <translation>Істің күйі «{status}» болғанда мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DecisionTable</name>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Drafted / approved by</source>
        <translation>Дайындаған / бекіткен</translation>
    </message>
    <message>
        <source>Status valid</source>
        <translation>Мәртебенің қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Табыс ету</translation>
    </message>
    <message>
        <source>Appeal until</source>
        <translation>Шағымдану мерзімі</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add an identity document</source>
        <translation>Жеке басын куәландыратын құжатты қосу</translation>
    </message>
    <message>
        <source>Edit an identity document</source>
        <translation>Жеке басын куәландыратын құжат туралы мәліметтерді өңдеу</translation>
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
        <source>Issuing country</source>
        <translation>Берген ел</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Түпнұсқа немесе көшірме</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>e.g. E12345678</source>
        <translation>мысалы, E12345678</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>мысалы, CHN</translation>
    </message>
    <message>
        <source>&amp;Original seen (not a copy)</source>
        <translation>Т&amp;үпнұсқа көрсетілді (көшірме емес)</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Түпнұсқа көрсетілді</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Issuing &amp;country:</source>
        <translation>Берген &amp;ел:</translation>
    </message>
    <message>
        <source>Three-letter country code.</source>
        <translation>Елдің үш әріпті коды.</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Берген &amp;орган:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Берілген күні:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Жарамдылық &amp;мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Иесі:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Ескерт&amp;пелер:</translation>
    </message>
    <message>
        <source>{document} — {case}</source>
        <translation>{document} — {case}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Құжаттың тілі</translation>
    </message>
    <message>
        <source>The case&apos;s language</source>
        <translation>Іс бойынша таңдалған тіл</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>Register and print the document</source>
        <translation>Құжатты тіркеу және басып шығару</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Register the document and save it as PDF</source>
        <translation>Құжатты тіркеу және PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>&amp;Print a duplicate…</source>
        <translation>Телнұсқаны басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save a duplicate as PDF…</source>
        <translation>Телнұсқаны PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Registering and printing…</source>
        <translation>Тіркеліп, басып шығарылуда…</translation>
    </message>
    <message>
        <source>{document}, case {case}</source>
        <translation>{document}, іс № {case}</translation>
    </message>
    <message>
        <source>Registered as {number} and sent to the printer.</source>
        <translation>{number} нөмірімен тіркеліп, басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <source>Registered as {number}, but not printed: {reason}</source>
        <translation>{number} нөмірімен тіркелді, бірақ басып шығарылмады: {reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Басып шығарылмады: {reason}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message>
        <source>Registered as {number}.</source>
        <translation>{number} нөмірімен тіркелді.</translation>
    </message>
    <message>
        <source>Registered as {number}; not saved yet — Save as PDF… saves this same document.</source>
        <translation>{number} нөмірімен тіркелді, бірақ әлі сақталған жоқ — «PDF ретінде сақтау…» батырмасы дәл осы құжатты сақтайды.</translation>
    </message>
    <message>
        <source>Registered as {number} and saved as “{file}”.</source>
        <translation>{number} нөмірімен тіркеліп, «{file}» файлы ретінде сақталды.</translation>
    </message>
    <message>
        <source>Not registered: {reason}</source>
        <translation>Тіркелмеді: {reason}</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Құжат тіркелмеді</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>Register number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Түпнұсқа құжат</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Табыс етілді</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Original</source>
        <translation>Түпнұсқа</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
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
        <source>Country</source>
        <translation>Елі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Жеке басын куәландыратын құжаттар</translation>
    </message>
    <message>
        <source>the {type} {number}</source>
        <translation>{type} № {number}</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Пайдаланушы табылмады немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Another program (or another Pana window) is using the database and did not let go within {seconds} seconds. Nothing was saved; try again in a moment. If it keeps happening, close the other program.</source>
        <extracomment>A write (``BEGIN IMMEDIATE``) that waited the whole busy timeout for the lock.</extracomment>
        <translation>Басқа бағдарлама (немесе Pana бағдарламасының басқа терезесі) дерекқорды пайдаланып жатыр және оны {seconds} секунд ішінде босатпады. Ештеңе сақталмады; біраздан кейін қайталап көріңіз. Бұл қайталана берсе, басқа бағдарламаны жабыңыз.</translation>
    </message>
    <message>
        <source>Another program (or another Pana window) is using the database and did not let go within {seconds} seconds, so it could not be read. Nothing was changed; try again in a moment. If it keeps happening, close the other program.</source>
        <extracomment>A read or the opening of the database, kept out by a lock of another program.</extracomment>
        <translation>Басқа бағдарлама (немесе Pana бағдарламасының басқа терезесі) дерекқорды пайдаланып жатыр және оны {seconds} секунд ішінде босатпады, сондықтан дерекқорды оқу мүмкін болмады. Ештеңе өзгертілмеді; біраздан кейін қайталап көріңіз. Бұл қайталана берсе, басқа бағдарламаны жабыңыз.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read with this key: it is damaged, or it belongs to another installation. Restore it from a backup.</source>
        <translation>{path} дерекқорын осы кілтпен оқу мүмкін емес: ол бүлінген немесе басқа орнатуға тиесілі. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 13 groups of 4 letters and digits.</source>
        <extracomment>Consecutive failures before an account waits (``security.max_failed_logins``). The wait after the limit is reached, doubling with each further failure, up to the cap. Failed attempts kept until the next login writes them into the audit log. How long to wait for another Pana program to finish with the key file.</extracomment>
        <translation>Бұл қалпына келтіру кілті емес. Қалпына келтіру кілті әріптер мен цифрлардан тұратын 13 топтан құралады, әр топта 4 таңба бар.</translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked. Try again in {minutes} min {seconds} s, or ask an administrator to reset the password.</source>
        <translation>Кіру әрекеттері тым көп рет сәтсіз аяқталды: бұл тіркелгі бұғатталды. {minutes} мин {seconds} с өткен соң қайталап көріңіз немесе әкімшіден жаңа құпиясөз орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup, or open the right data folder.</source>
        <extracomment>Where the automatic backups go, so that a message about a database that cannot be opened (its settings unreadable) can say where to restore from.</extracomment>
        <translation>{path} кілт файлы жоқ. Онсыз дерекқорды ашу мүмкін емес: оны сақтық көшірмеден қалпына келтіріңіз немесе дұрыс деректер қалтасын ашыңыз.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({problem}). Check that the data folder is available and that you may read it, then try again.</source>
        <translation>{path} кілт файлын оқу мүмкін емес ({problem}). Деректер қалтасының қолжетімді екенін және оны оқуға құқығыңыз бар екенін тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({problem}). Restore it from your backup, or use the recovery key.</source>
        <translation>{path} кілт файлы бүлінген ({problem}). Оны сақтық көшірмеден қалпына келтіріңіз немесе қалпына келтіру кілтін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The key file {path} was replaced by one of another installation.</source>
        <translation>{path} кілт файлы басқа орнатудың кілт файлымен ауыстырылған.</translation>
    </message>
    <message>
        <source>The key file {path} could not be written ({problem}): the data folder is read-only or its disk is full. The key file was not changed. Free some space or make the folder writable, then try again.</source>
        <translation>{path} кілт файлын жазу мүмкін болмады ({problem}): деректер қалтасы тек оқуға арналған немесе оның дискісі толып қалған. Кілт файлы өзгертілмеді. Дискіде орын босатыңыз немесе қалтаға жазуға рұқсат беріңіз, содан кейін әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>This key file has no recovery slot.</source>
        <translation>Бұл кілт файлында қалпына келтіру кілтіне арналған жазба жоқ.</translation>
    </message>
    <message>
        <source>The recovery key does not open this database.</source>
        <translation>Қалпына келтіру кілті бұл дерекқорды ашпайды.</translation>
    </message>
    <message>
        <source>The key file {path} is busy in another Pana program. Try again in a moment.</source>
        <translation>{path} кілт файлын Pana бағдарламасының басқа данасы пайдаланып жатыр. Біраздан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded for this version of Pana (from schema {current} to {head}): {problem}. Nothing was changed: the database is as it was before the attempt. A backup was taken first: {backup}. Start the previous version of Pana to go on working, and give this message to whoever looks after your installation.</source>
        <extracomment>Tables the ORM does not map: the FTS5 search index and its shadow tables. Called inside the upgrade&apos;s transaction, after the migrations and before the commit, with the connection and the revision the database had before.</extracomment>
        <translation>{path} дерекқорын Pana бағдарламасының осы нұсқасы үшін жаңарту мүмкін болмады (схема: {current} → {head}): {problem}. Ештеңе өзгертілмеді: дерекқор әрекетке дейінгі күйінде қалды. Алдымен сақтық көшірме жасалды: {backup}. Жұмысты жалғастыру үшін Pana бағдарламасының алдыңғы нұсқасын іске қосыңыз және осы хабарды жүйеңізге қызмет көрсететін адамға беріңіз.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded for this version of Pana: the disk is full. Nothing was changed: the database is as it was before the attempt. A backup was taken first: {backup}. Free some space on the disk (an upgrade needs room for a copy of the largest tables) and log in again.</source>
        <translation>{path} дерекқорын Pana бағдарламасының осы нұсқасы үшін жаңарту мүмкін болмады: диск толып қалған. Ештеңе өзгертілмеді: дерекқор әрекетке дейінгі күйінде қалды. Алдымен сақтық көшірме жасалды: {backup}. Дискіде орын босатыңыз (жаңарту үшін ең үлкен кестелердің көшірмесіне орын қажет) және жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded for this version of Pana: another program kept it busy. Nothing was changed: the database is as it was before the attempt. A backup was taken first: {backup}. Close Pana on the other computers that use this data folder and log in again.</source>
        <translation>{path} дерекқорын Pana бағдарламасының осы нұсқасы үшін жаңарту мүмкін болмады: оны басқа бағдарлама босатпады. Ештеңе өзгертілмеді: дерекқор әрекетке дейінгі күйінде қалды. Алдымен сақтық көшірме жасалды: {backup}. Осы деректер қалтасын пайдаланатын басқа компьютерлерде Pana бағдарламасын жауып, жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} could not be set up for this version of Pana: {problem}. Nothing was changed. Give this message to whoever looks after your installation.</source>
        <translation>{path} дерекқорын Pana бағдарламасының осы нұсқасы үшін дайындау мүмкін болмады: {problem}. Ештеңе өзгертілмеді. Осы хабарды жүйеңізге қызмет көрсететін адамға беріңіз.</translation>
    </message>
    <message>
        <source>The upgrade of the database {path} failed ({problem}) and the database may have been left part-way. Do not work in it: restore the backup taken just before with “pana db restore {backup}”.</source>
        <translation>{path} дерекқорын жаңарту сәтсіз аяқталды ({problem}), дерекқор жартылай жаңартылған күйде қалуы мүмкін. Онда жұмыс істемеңіз: жаңарту алдында жасалған сақтық көшірмені «pana db restore {backup}» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} must be upgraded for this version of Pana, and a backup is taken first into {folder}, but it could not be written ({problem}). Nothing was changed. Free some space on the disk or make the folder writable, then log in again.</source>
        <translation>Pana бағдарламасының осы нұсқасы үшін {path} дерекқорын жаңарту қажет, ал алдымен {folder} қалтасына сақтық көшірме жасалады, бірақ оны жазу мүмкін болмады ({problem}). Ештеңе өзгертілмеді. Дискіде орын босатыңыз немесе қалтаға жазуға рұқсат беріңіз, содан кейін жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>{path} already holds a Pana database. Choose an empty folder with --data-dir.</source>
        <extracomment>A commission server (``app.db.server.ServerStore``) says True.</extracomment>
        <translation>{path} қалтасында Pana дерекқоры бұрыннан бар. --data-dir параметрімен бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different installations.</source>
        <extracomment>Said when the database&apos;s id is not the key file&apos;s.</extracomment>
        <translation>Кілт файлы мен дерекқор әртүрлі орнатуларға тиесілі.</translation>
    </message>
    <message>
        <source>There is no Pana database in {path}. Create one with “pana init” or “pana demo”, or choose the right folder with --data-dir.</source>
        <translation>{path} қалтасында Pana дерекқоры жоқ. Оны «pana init» немесе «pana demo» командасымен жасаңыз не --data-dir параметрімен дұрыс қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup (it lies beside each backup as .keys).</source>
        <translation>{path} кілт файлы жоқ. Онсыз дерекқорды ашу мүмкін емес: оны сақтық көшірмеден қалпына келтіріңіз (ол әр сақтық көшірменің жанында .keys файлы ретінде сақталады).</translation>
    </message>
    <message>
        <source>The database {path} is missing. Nothing was changed. Restore it from a backup with “pana db restore FILE”.</source>
        <extracomment>SQLCipher 4&apos;s page size: a whole database file is always a multiple of it.</extracomment>
        <translation>{path} дерекқоры жоқ. Ештеңе өзгертілмеді. Оны сақтық көшірмеден «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} is missing. Nothing was changed. Restore it from a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>{path} дерекқоры жоқ. Ештеңе өзгертілмеді. Оны сақтық көшірмеден «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз; автоматты сақтық көшірмелер қалтасы: {backups}.</translation>
    </message>
    <message>
        <source>The database {path} is empty: it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”.</source>
        <translation>{path} дерекқоры бос: ол бүлінген немесе толық көшірілмеген. Ештеңе өзгертілмеді. Оны сақтық көшірмеден «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} is empty: it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>{path} дерекқоры бос: ол бүлінген немесе толық көшірілмеген. Ештеңе өзгертілмеді. Оны сақтық көшірмеден «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз; автоматты сақтық көшірмелер қалтасы: {backups}.</translation>
    </message>
    <message>
        <source>The database {path} is cut short ({size} bytes): it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”.</source>
        <translation>{path} дерекқоры толық емес ({size} байт): ол бүлінген немесе толық көшірілмеген. Ештеңе өзгертілмеді. Оны сақтық көшірмеден «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} is cut short ({size} bytes): it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>{path} дерекқоры толық емес ({size} байт): ол бүлінген немесе толық көшірілмеген. Ештеңе өзгертілмеді. Оны сақтық көшірмеден «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз; автоматты сақтық көшірмелер қалтасы: {backups}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with the key file {keys}: the database is damaged, or one of the two files belongs to another installation. Nothing was changed. Restore it from a backup (its key file lies beside it) with “pana db restore FILE”.</source>
        <translation>{path} дерекқорын {keys} кілт файлымен ашу мүмкін емес: дерекқор бүлінген немесе екі файлдың бірі басқа орнатуға тиесілі. Ештеңе өзгертілмеді. Дерекқорды сақтық көшірмеден (оның кілт файлы жанында тұрады) «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with the key file {keys}: the database is damaged, or one of the two files belongs to another installation. Nothing was changed. Restore it from a backup (its key file lies beside it) with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>{path} дерекқорын {keys} кілт файлымен ашу мүмкін емес: дерекқор бүлінген немесе екі файлдың бірі басқа орнатуға тиесілі. Ештеңе өзгертілмеді. Дерекқорды сақтық көшірмеден (оның кілт файлы жанында тұрады) «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз; автоматты сақтық көшірмелер қалтасы: {backups}.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: part of it cannot be read. Nothing was changed. Run “pana db verify” to see what is affected, and restore a backup with “pana db restore FILE”.</source>
        <translation>{path} дерекқоры бүлінген: оның бір бөлігін оқу мүмкін емес. Ештеңе өзгертілмеді. Неге зақым келгенін білу үшін «pana db verify» командасын орындаңыз, сосын сақтық көшірмені «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: part of it cannot be read. Nothing was changed. Run “pana db verify” to see what is affected, and restore a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>{path} дерекқоры бүлінген: оның бір бөлігін оқу мүмкін емес. Ештеңе өзгертілмеді. Неге зақым келгенін білу үшін «pana db verify» командасын орындаңыз, сосын сақтық көшірмені «pana db restore ФАЙЛ» командасымен қалпына келтіріңіз; автоматты сақтық көшірмелер қалтасы: {backups}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({problem}). Nothing was changed. Check that the drive or share holding the data folder is available and that you may read the folder, then try again.</source>
        <translation>{path} дерекқорын оқу мүмкін емес ({problem}). Ештеңе өзгертілмеді. Деректер қалтасы орналасқан дискінің немесе желілік қалтаның қолжетімді екенін және қалтаны оқуға құқығыңыз бар екенін тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, and the database still has changes in {wal} that can be merged only where the folder can be written. Nothing was changed. Make the folder writable (or copy the whole folder to a writable disk) and log in again.</source>
        <translation>{folder} деректер қалтасы тек оқуға арналған, ал дерекқордың {wal} файлында әлі біріктірілмеген өзгерістер бар, оларды тек жазуға болатын қалтада біріктіруге болады. Ештеңе өзгертілмеді. Қалтаға жазуға рұқсат беріңіз (немесе бүкіл қалтаны жазуға болатын дискіге көшіріңіз) және жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The database {path} must be upgraded for this version of Pana, but the data folder {folder} is read-only. Nothing was changed. Make the folder writable (or copy it to a writable disk) and log in again.</source>
        <translation>Pana бағдарламасының осы нұсқасы үшін {path} дерекқорын жаңарту қажет, бірақ {folder} деректер қалтасы тек оқуға арналған. Ештеңе өзгертілмеді. Қалтаға жазуға рұқсат беріңіз (немесе оны жазуға болатын дискіге көшіріңіз) және жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, and this build of SQLCipher cannot open a database for reading only. Make the folder writable and log in again.</source>
        <translation>{folder} деректер қалтасы тек оқуға арналған, ал SQLCipher кітапханасының бұл құрастырылымы дерекқорды тек оқу режимінде аша алмайды. Қалтаға жазуға рұқсат беріп, жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The backup drive is full: the backup {path} could not be written. Nothing was left under that name, earlier backups are kept and the database is unharmed. Free some space on the drive (or choose another) and back up again.</source>
        <translation>Сақтық көшірмелер дискісі толып қалды: {path} сақтық көшірмесін жазу мүмкін болмады. Бұл атаумен ештеңе қалдырылмады, бұрынғы сақтық көшірмелер сақталды, дерекқор зақымдалмады. Дискіде орын босатыңыз (немесе басқа дискіні таңдаңыз) және сақтық көшірмені қайта жасаңыз.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written to (the drive may be write-protected or read-only). Nothing was written, earlier backups are kept and the database is unharmed. Check the drive or choose another folder, and back up again.</source>
        <translation>{folder} сақтық көшірмелер қалтасына жазу мүмкін емес (диск жазудан қорғалған немесе тек оқуға арналған болуы мүмкін). Ештеңе жазылмады, бұрынғы сақтық көшірмелер сақталды, дерекқор зақымдалмады. Дискіні тексеріңіз немесе басқа қалтаны таңдаңыз да, сақтық көшірмені қайта жасаңыз.</translation>
    </message>
    <message>
        <source>The backup drive was removed, or its folder {folder} went away, while the backup {path} was written ({problem}). Nothing was left under that name, earlier backups are kept and the database is unharmed. Reconnect the drive and back up again.</source>
        <translation>{path} сақтық көшірмесі жазылып жатқанда диск ажыратылды немесе оның {folder} қалтасы қолжетімсіз болды ({problem}). Бұл атаумен ештеңе қалдырылмады, бұрынғы сақтық көшірмелер сақталды, дерекқор зақымдалмады. Дискіні қайта қосып, сақтық көшірмені қайта жасаңыз.</translation>
    </message>
    <message>
        <source>The backup {path} stopped because the database itself could not be read completely ({problem}): it may be damaged. Nothing was left under that name and earlier backups are kept. Run “pana db verify”.</source>
        <translation>{path} сақтық көшірмесін жасау тоқтатылды, себебі дерекқордың өзін толық оқу мүмкін болмады ({problem}): ол бүлінген болуы мүмкін. Бұл атаумен ештеңе қалдырылмады, бұрынғы сақтық көшірмелер сақталды. «pana db verify» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Somebody else saved this record in the meantime. Nothing was overwritten; reload it and apply your change again.</source>
        <extracomment>The audit action of an attempt the actor&apos;s role does not allow.</extracomment>
        <translation>Осы уақыт ішінде бұл жазбаны басқа пайдаланушы сақтады. Ештеңе қайта жазылмады; жазбаны қайта жүктеп, өзгерісіңізді қайтадан енгізіңіз.</translation>
    </message>
    <message>
        <source>The server accepts no changes at the moment (it is read-only). Nothing was saved; ask whoever looks after the server, then save again.</source>
        <translation>Сервер қазір өзгерістерді қабылдамайды (ол тек оқуға арналған). Ештеңе сақталмады; серверге қызмет көрсететін адамға хабарласып, содан кейін қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The server has no room to store more (its disk is full). Nothing was saved; ask whoever looks after the server, then save again.</source>
        <translation>Серверде деректерді сақтауға орын жоқ (оның дискісі толып қалған). Ештеңе сақталмады; серверге қызмет көрсететін адамға хабарласып, содан кейін қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and save again.</source>
        <translation>Диск толып қалды. Ештеңе сақталмады; орын босатып, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The data folder is read-only, and Pana records who opens what, so this cannot be opened. Make the folder writable (or copy it to a writable disk) and try again.</source>
        <translation>Деректер қалтасы тек оқуға арналған, ал Pana бағдарламасы кімнің нені ашқанын тіркейді, сондықтан мұны ашу мүмкін емес. Қалтаға жазуға рұқсат беріңіз (немесе оны жазуға болатын дискіге көшіріңіз) және әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>The data folder is read-only. Nothing was saved; make the folder writable (or copy it to a writable disk) and save again.</source>
        <translation>Деректер қалтасы тек оқуға арналған. Ештеңе сақталмады; қалтаға жазуға рұқсат беріңіз (немесе оны жазуға болатын дискіге көшіріңіз) және қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (it may be damaged or on a removed drive). Run “pana db verify” or restore a backup.</source>
        <translation>Дерекқор файлын оқу немесе жазу мүмкін емес (ол бүлінген немесе ажыратылған дискіде болуы мүмкін). «pana db verify» командасын орындаңыз немесе сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action ({action}).</source>
        <translation>Сіздің рөліңіз ({role}) бұл әрекетті ({action}) орындауға мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: “{step}”.</source>
        <translation>Сіздің рөліңіз ({role}) бұл әрекетті орындауға мүмкіндік бермейді: «{step}».</translation>
    </message>
    <message>
        <source>“{step}” is not possible while the case is “{status}”.</source>
        <translation>Іс «{status}» күйінде тұрғанда «{step}» әрекетін орындау мүмкін емес.</translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <extracomment>The setting kept in the key file&apos;s header (the database is closed when it is needed). Who acts when the recovery key opens the database.</extracomment>
        <translation>«{name}» деген пайдаланушы жоқ.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({problem}). Check that the drive is connected and has space.</source>
        <translation>{path} файлын жазу мүмкін болмады ({problem}). Дискінің қосылғанын және онда бос орын бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not available: plug in the drive or choose another folder. Nothing was written.</source>
        <translation>{folder} сақтық көшірмелер қалтасы қолжетімсіз: дискіні қосыңыз немесе басқа қалтаны таңдаңыз. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not available: it cannot be written to. Plug in the drive (and check it is not write-protected) or choose another folder. Nothing was written.</source>
        <translation>{folder} сақтық көшірмелер қалтасы қолжетімсіз: оған жазу мүмкін емес. Дискіні қосыңыз (және оның жазудан қорғалмағанын тексеріңіз) немесе басқа қалтаны таңдаңыз. Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>An automatic backup is already running; wait for it to finish.</source>
        <translation>Автоматты сақтық көшірме жасалып жатыр; оның аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} файлы бұрыннан бар; файлдың жаңа атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup written to {path} failed its check ({problems}) and was deleted; earlier backups are kept. Check the drive and try again.</source>
        <translation>{path} ретінде жазылған сақтық көшірме тексеруден өтпеді ({problems}) және жойылды; бұрынғы сақтық көшірмелер сақталды. Дискіні тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>An asylum-seeker certificate can be renewed only while the petition or an appeal is pending, not while the case is “{status}”.</source>
        <extracomment>While a case is in one of these states its applicant is an asylum seeker, and the asylum-seeker certificate is renewed: until the decision is served, and while a refusal may still be or is being appealed. ``queries.due_items`` lists renewals for the same states.</extracomment>
        <translation>Пана іздеген адамның куәлігін өтінішхат немесе шағым қаралып жатқанда ғана ұзартуға болады; қазір істің күйі: «{status}».</translation>
    </message>
    <message>
        <source>There is no case {number}.</source>
        <translation>{number} ісі табылмады.</translation>
    </message>
    <message>
        <source>The {what} {id} does not exist.</source>
        <translation>Жазба табылмады: {what} {id}.</translation>
    </message>
    <message>
        <source>Somebody else wrote the {what} after you opened it (now version {current}). Nothing was overwritten.</source>
        <extracomment>``expected_version`` of a save made from a screen that saw no such record yet (a claim or an assessment not written when the case file was loaded). Versions start at 1, so a record somebody else made in the meantime is a conflict, not overwritten.</extracomment>
        <translation>Сіз жазбаны ({what}) ашқаннан кейін оны басқа пайдаланушы сақтады (қазіргі нұсқасы: {current}). Ештеңе қайта жазылмады.</translation>
    </message>
    <message>
        <source>The {what} was changed by somebody else (version {current}, you edited version {expected}). Nothing was overwritten.</source>
        <translation>Жазбаны ({what}) басқа пайдаланушы өзгертті (қазіргі нұсқасы: {current}, сіз өңдеген нұсқа: {expected}). Ештеңе қайта жазылмады.</translation>
    </message>
    <message>
        <source>The case file cannot be changed while the case is “{status}”.</source>
        <translation>Іс «{status}» күйінде тұрғанда оны өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Case {number} has no decision waiting for approval.</source>
        <translation>{number} ісінде бекітуді күтіп тұрған шешім жоқ.</translation>
    </message>
    <message>
        <source>An assessment can be drafted only while the case is under assessment or an extension was requested.</source>
        <translation>Қорытындыны іс «Қорытынды дайындалуда» күйінде тұрғанда немесе ұзарту туралы өтініш берілгенде ғана дайындауға болады.</translation>
    </message>
    <message>
        <source>The assessment is not complete: {missing}</source>
        <translation>Қорытынды толық емес: {missing}</translation>
    </message>
    <message>
        <source>You drafted this decision, so you cannot approve it: another supervisor must.</source>
        <translation>Бұл шешімнің жобасын сіз дайындадыңыз, сондықтан оны бекіте алмайсыз: оны басқа басшы бекітуі керек.</translation>
    </message>
    <message>
        <source>Case {number} has no decision.</source>
        <translation>{number} ісінде шешім жоқ.</translation>
    </message>
    <message>
        <source>A refugee certificate can be issued only while refugee status is valid.</source>
        <translation>Босқын куәлігін босқын мәртебесінің қолданылу мерзімі ішінде ғана беруге болады.</translation>
    </message>
    <message>
        <source>Only a refusal can be appealed.</source>
        <translation>Бас тарту туралы шешімге ғана шағымдануға болады.</translation>
    </message>
    <message>
        <source>Case {number} has no pending appeal.</source>
        <translation>{number} ісінде қаралып жатқан шағым жоқ.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}). Check that the folder exists, is writable and has space; nothing was exported.</source>
        <extracomment>A document with thousands of problems is not helped by listing them all. What a role without ``VIEW_SENSITIVE`` does not get in ``case_document``. A reopening after a successful appeal records this reason (``decisions.record_appeal_outcome``).</extracomment>
        <translation>Экспорттау нәтижесін {path} жолына жазу мүмкін болмады ({problem}). Қалтаның бар екенін, оған жазуға болатынын және бос орын бар екенін тексеріңіз; ештеңе экспортталмады.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({problem}). Check that the drive is connected and has space; nothing in the database changed.</source>
        <translation>Сақтық көшірмені {path} жолына жазу мүмкін болмады ({problem}). Дискінің қосылғанын және онда бос орын бар екенін тексеріңіз; дерекқорда ештеңе өзгермеді.</translation>
    </message>
    <message>
        <source>The backup {path} was written and can be used, but Pana could not record it in the database (another program kept the database busy, or its disk is full). Back up again later to have a backup on record.</source>
        <translation>{path} сақтық көшірмесі жазылды және оны пайдалануға болады, бірақ Pana бағдарламасы оны дерекқорда тіркей алмады (дерекқорды басқа бағдарлама босатпады немесе оның дискісі толып қалды). Сақтық көшірме есепке алынуы үшін кейінірек оны қайта жасаңыз.</translation>
    </message>
    <message>
        <source>The backup {path} was not restored: {problems}. Nothing was replaced.</source>
        <translation>{path} сақтық көшірмесі қалпына келтірілмеді: {problems}. Ештеңе ауыстырылмады.</translation>
    </message>
    <message>
        <source>Case {number} has no such {what}.</source>
        <translation>{number} ісінде мұндай жазба ({what}) жоқ.</translation>
    </message>
    <message>
        <source>Case {number} has no valid asylum-seeker certificate; renew it first.</source>
        <translation>{number} ісінде пана іздеген адамның жарамды куәлігі жоқ; алдымен оны ұзартыңыз.</translation>
    </message>
    <message>
        <source>Case {number} has no interview that was held.</source>
        <translation>{number} ісінде өткен әңгімелесу жоқ.</translation>
    </message>
    <message>
        <source>Certificate {certificate} is {state}; it cannot be printed.</source>
        <translation>{certificate} куәлігінің күйі: «{state}»; оны басып шығаруға болмайды.</translation>
    </message>
    <message>
        <source>There is no document {number} in the register.</source>
        <translation>Тіркеу журналында {number} құжаты жоқ.</translation>
    </message>
    <message>
        <source>Document {number} was voided; it cannot be reprinted.</source>
        <translation>{number} құжатының күші жойылған; оны қайта басып шығаруға болмайды.</translation>
    </message>
    <message>
        <source>Document {number} was voided; it is not handed over.</source>
        <translation>{number} құжатының күші жойылған; оның табыс етілгені белгіленбейді.</translation>
    </message>
    <message>
        <source>Document {number} is already void.</source>
        <translation>{number} құжатының күші бұрын жойылған.</translation>
    </message>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>{number} куәлігі табылмады.</translation>
    </message>
    <message>
        <source>Certificate {certificate} is {state}; only a valid certificate can be replaced.</source>
        <translation>{certificate} куәлігінің күйі: «{state}»; тек жарамды куәлікті ауыстыруға болады.</translation>
    </message>
    <message>
        <source>Certificate {certificate} expired on {date}; it is not replaced.</source>
        <translation>{certificate} куәлігінің қолданылу мерзімі өткен күн: {date}; ол ауыстырылмайды.</translation>
    </message>
    <message>
        <source>This database has no commission profile; run “pana init”.</source>
        <translation>Бұл дерекқорда комиссия профилі жоқ; «pana init» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Your account “{user}” no longer exists; log in again.</source>
        <translation>Сіздің «{user}» тіркелгіңіз енді жоқ; жүйеге қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}). Nothing was exported. Check that the drive is connected, writable and has space, and that the file is not open in another program; then export again.</source>
        <extracomment>The translation context of every header and title made here. What can be exported; the audit action is &quot;export.&lt;what&gt;&quot;. Excel&apos;s number formats: dates as the commission writes them. A column of months (the 1st of each month): ``Table.formats[column] = MONTH``. Rows a worksheet holds below its header row (Excel&apos;s limit is 1,048,576 rows); a longer table continues on a second sheet with the same header. Excel&apos;s limit of characters in a cell; a longer text is cut there. Rows looked at to size the columns (the file is streamed, so not all of them). Rows fetched from the database at a time. ``progress`` hears of the rows written this often. The first characters that make a spreadsheet read a CSV cell as a formula (and tab/carriage return, which some programs strip before looking). Excel number formats by column, for dates that are not days (``MONTH``). What was selected (the filter), for the audit entry: never a row&apos;s content.</extracomment>
        <translation>Экспорттау нәтижесін {path} жолына жазу мүмкін болмады ({problem}). Ештеңе экспортталмады. Дискінің қосулы екенін, оған жазуға болатынын және бос орын бар екенін, сондай-ақ файлдың басқа бағдарламада ашық емес екенін тексеріңіз; содан кейін қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>“pana demo” makes a demo data folder and cannot fill the server {url}. Name a new folder with --data-dir instead.</source>
        <extracomment>``pana db migrate-to-server`` says how far it is after every this many rows.</extracomment>
        <translation>«pana demo» командасы демонстрациялық деректер қалтасын жасайды, ол {url} серверін толтыра алмайды. Оның орнына --data-dir параметрімен жаңа қалтаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>“pana laptop” works on a laptop&apos;s own data folder, not on the server {url}: the office checks cases out with “pana checkout”.</source>
        <translation>«pana laptop» командасы {url} серверімен емес, ноутбуктің өз деректер қалтасымен жұмыс істейді: кеңсе істерді ноутбукке «pana checkout» командасымен береді.</translation>
    </message>
    <message>
        <source>A commission server is backed up on the server itself (pg_dump), not from a workstation; “pana db backup” works on a data folder. Ask whoever looks after the server {url}.</source>
        <translation>Комиссия серверінің сақтық көшірмесі жұмыс орнынан емес, сервердің өзінде (pg_dump) жасалады; «pana db backup» командасы деректер қалтасымен жұмыс істейді. {url} серверіне қызмет көрсететін адамға хабарласыңыз.</translation>
    </message>
    <message>
        <source>“pana db restore” puts a backup into a data folder; a commission server is restored on the server itself (pg_restore). Ask whoever looks after the server {url}.</source>
        <translation>«pana db restore» командасы сақтық көшірмені деректер қалтасына қалпына келтіреді; комиссия сервері сервердің өзінде (pg_restore) қалпына келтіріледі. {url} серверіне қызмет көрсететін адамға хабарласыңыз.</translation>
    </message>
    <message>
        <source>“pana db verify” checks a data folder&apos;s database file; the server {url} keeps its own files, which its administrator checks. Use “pana --server URL db status”, or “pana server check”.</source>
        <translation>«pana db verify» командасы деректер қалтасындағы дерекқор файлын тексереді; {url} сервері өз файлдарын өзі сақтайды, оларды сервер әкімшісі тексереді. «pana --server МЕКЕНЖАЙ db status» немесе «pana server check» командасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Case {number} is checked out to the laptop “{device}” of {user} until {until}: it can be read here, but not changed until it is checked in (or released by a supervisor or an administrator). Nothing was saved.</source>
        <extracomment>A check-out&apos;s state: at the office ``out`` until ``returned`` (checked in) or ``released`` (forced back); on the laptop ``held`` until ``returned``. Rows that may be written for a case that is out: the audit trail, unsaved drafts, the check-out records themselves, and the history of versions.</extracomment>
        <translation>{number} ісі {user} пайдаланушысының «{device}» ноутбугіне берілген, қайтару мерзімі: {until}. Оны мұнда қарауға болады, бірақ іс ноутбуктен қайтарылғанша (немесе басшы не әкімші оны қайтарып алғанша) өзгертуге болмайды. Ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Documents are registered and issued at the office: on a laptop they would get numbers the office&apos;s register also gives. Print a preview here, and issue the document after check-in.</source>
        <translation>Құжаттар кеңседе тіркеледі және беріледі: ноутбукте оларға кеңседегі тіркеу журналы басқа құжаттарға да беретін нөмірлер берілуі мүмкін. Мұнда құжатты алдын ала қарау үшін басып шығарыңыз, ал оны істер қайтарылғаннан кейін беріңіз.</translation>
    </message>
    <message>
        <source>This laptop has no quota left for new petitions. Check the cases in, and ask the office for a quota with the next check-out.</source>
        <translation>Бұл ноутбукте жаңа өтінішхаттар квотасы қалмады. Істерді қайтарыңыз және келесі жолы істер берілгенде кеңседен квота сұраңыз.</translation>
    </message>
    <message>
        <source>The accounts and the data on this server belong to different installations.</source>
        <extracomment>The advisory lock held while the accounts row is read, changed and written.</extracomment>
        <translation>Осы сервердегі тіркелгілер мен деректер әртүрлі орнатуларға тиесілі.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address Pana can use. Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full (the README&apos;s “Setting up a commission server” shows one).</source>
        <translation>Pana бағдарламасы «{url}» сервер мекенжайын пайдалана алмайды. Мекенжайды postgresql://ПАЙДАЛАНУШЫ@ХОСТ:ПОРТ/ДЕРЕКҚОР?sslmode=verify-full түрінде жазыңыз (мысалы README файлының «Setting up a commission server» бөлімінде келтірілген).</translation>
    </message>
    <message>
        <source>The server {host} is on another machine, and “{url}” would send the data unencrypted. Add sslmode=verify-full (or sslmode=require) to the address; the server must have TLS switched on.</source>
        <translation>{host} сервері басқа компьютерде орналасқан, ал «{url}» мекенжайы бойынша деректер шифрланбай жіберіледі. Мекенжайға sslmode=verify-full (немесе sslmode=require) параметрін қосыңыз; серверде шифрланған қосылым (TLS) іске қосылған болуы керек.</translation>
    </message>
    <message>
        <source>The server refused Pana&apos;s connection: the database user or its password in the server address is wrong. Ask whoever set up the server for the right address.</source>
        <translation>Сервер Pana бағдарламасының қосылымын қабылдамады: сервер мекенжайындағы дерекқор пайдаланушысы немесе оның құпиясөзі қате. Дұрыс мекенжайды серверді баптаған адамнан сұраңыз.</translation>
    </message>
    <message>
        <source>The database named in the server address does not exist on that server. Check the address, or create it as the README describes.</source>
        <translation>Сервер мекенжайында көрсетілген дерекқор ол серверде жоқ. Мекенжайды тексеріңіз немесе дерекқорды README файлында сипатталғандай жасаңыз.</translation>
    </message>
    <message>
        <source>The encrypted connection to the server could not be made ({problem}). Check that the server has TLS switched on and that its certificate is the one named in the address.</source>
        <translation>Серверге шифрланған қосылым орнату мүмкін болмады ({problem}). Серверде TLS қосулы екенін және оның сертификаты мекенжайда көрсетілген сертификат екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The server cannot be reached ({problem}). Check the network and the address; nothing was changed. A laptop works without the network on the cases checked out to it.</source>
        <translation>Серверге қосылу мүмкін емес ({problem}). Желіні және мекенжайды тексеріңіз; ештеңе өзгертілмеді. Ноутбук өзіне берілген істермен желісіз жұмыс істей алады.</translation>
    </message>
    <message>
        <source>This server database has no Pana accounts yet. Set it up with “pana server init URL” (or move a laptop&apos;s database to it with “pana db migrate-to-server URL”).</source>
        <translation>Бұл сервер дерекқорында әлі Pana тіркелгілері жоқ. Оны «pana server init МЕКЕНЖАЙ» командасымен баптаңыз (немесе «pana db migrate-to-server МЕКЕНЖАЙ» командасымен оған ноутбуктің дерекқорын көшіріңіз).</translation>
    </message>
    <message>
        <source>The database {url} already holds Pana data. Choose an empty database.</source>
        <translation>{url} дерекқорында Pana деректері бұрыннан бар. Бос дерекқорды таңдаңыз.</translation>
    </message>
    <message>
        <source>A commission server is backed up on the server itself (pg_dump), not from a workstation. Ask whoever looks after the server.</source>
        <translation>Комиссия серверінің сақтық көшірмесі жұмыс орнынан емес, сервердің өзінде (pg_dump) жасалады. Серверге қызмет көрсететін адамға хабарласыңыз.</translation>
    </message>
    <message>
        <source>Case {number} is not checked out.</source>
        <translation>{number} ісі ноутбукке берілмеген.</translation>
    </message>
    <message>
        <source>These cases were checked out to “{name}”: log in on this laptop as that user to take them.</source>
        <translation>Бұл істер «{name}» пайдаланушысына берілген: оларды алу үшін осы ноутбукте сол пайдаланушының тіркелгісімен жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>This package was taken into this laptop already. Nothing was changed.</source>
        <translation>Бұл пакет осы ноутбукке бұрын қабылданған. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This laptop holds no checked-out cases: it has never taken a check-out package.</source>
        <translation>Бұл ноутбукте берілген істер жоқ: ол ешқашан беру пакетін қабылдамаған.</translation>
    </message>
    <message>
        <source>This laptop holds no checked-out cases.</source>
        <translation>Бұл ноутбукте берілген істер жоқ.</translation>
    </message>
    <message>
        <source>Case {number} was released from this laptop and is now checked out to the laptop “{device}” until {until}. Check it in from there first, then take this file again. Nothing was changed.</source>
        <translation>{number} ісі осы ноутбуктен қайтарып алынған және қазір «{device}» ноутбугіне берілген, қайтару мерзімі: {until}. Алдымен істі сол ноутбуктен қайтарыңыз, содан кейін осы файлды қайта қабылдаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Case {number}: {count} values were changed both on the laptop and at the office. Choose which to keep for each, then check in again. Nothing was changed.</source>
        <translation>{number} ісінде ноутбукте де, кеңседе де өзгертілген мәндер бар (барлығы: {count}). Әр мән үшін қайсысын қалдыруды таңдап, істерді қайтаруды қайталаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This is not a Pana check-out or check-in file. Choose the file Pana wrote (it ends in .pana).</source>
        <extracomment>A sealed file is read no further than this (a hundred cases with photos fit easily).</extracomment>
        <translation>Бұл Pana беру пакеті де, қайтару файлы да емес. Pana жазған файлды таңдаңыз (оның кеңейтімі .pana).</translation>
    </message>
    <message>
        <source>This Pana file is damaged and cannot be read. Write it again on the other computer and copy it anew.</source>
        <translation>Бұл Pana файлы бүлінген, оны оқу мүмкін емес. Файлды басқа компьютерде қайта жазып, оны қайтадан көшіріңіз.</translation>
    </message>
    <message>
        <source>This file is larger than {limit} MB, which no Pana file is. Choose the file Pana wrote.</source>
        <translation>Бұл файлдың көлемі {limit} МБ шегінен асады, ал Pana файлдары мұндай үлкен болмайды. Pana жазған файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This Pana file is of another kind than expected (e.g. a check-in file where a check-out package is asked for). Choose the right file.</source>
        <translation>Бұл Pana файлының түрі күтілгендей емес (мысалы, беру пакеті сұралған жерде қайтару файлы таңдалған). Дұрыс файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>This file was written for another computer, so it cannot be opened here. Open it on the computer it was written for.</source>
        <translation>Бұл файл басқа компьютерге арналып жазылған, сондықтан оны мұнда ашу мүмкін емес. Оны өзі арналған компьютерде ашыңыз.</translation>
    </message>
    <message>
        <source>This file was not written by the server (or the laptop) this one works with, so it is refused. Nothing was changed.</source>
        <translation>Бұл файлды осы компьютер жұмыс істейтін сервер (немесе ноутбук) жазбаған, сондықтан ол қабылданбады. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This file was changed after it was written (its signature does not match), so it is refused and nothing was changed. Write it again on the other computer.</source>
        <translation>Бұл файл жазылғаннан кейін өзгертілген (оның қолтаңбасы сәйкес келмейді), сондықтан ол қабылданбады және ештеңе өзгертілмеді. Файлды басқа компьютерде қайта жазыңыз.</translation>
    </message>
    <message>
        <source>This is already a commission server. “pana db migrate-to-server” moves a data folder to a server: run it with --data-dir naming the folder.</source>
        <extracomment>Rows per batch written (one ``COPY``). A batch is sent earlier once its values hold about this many bytes (evidence files). Rows read at a time from a table holding files (up to 50 MB each). Mapped tables that are not copied: the accounts row is written from the key file. How many names are searched on both sides, and how many results are compared. ``progress(table, rows_copied_in_all, rows_in_all)`` after every batch.</extracomment>
        <translation>Бұл — комиссия сервері. «pana db migrate-to-server» командасы деректер қалтасын серверге көшіреді: оны қалтаны көрсететін --data-dir параметрімен іске қосыңыз.</translation>
    </message>
    <message>
        <source>The data folder&apos;s database is at schema {current}, but this Pana expects {head}. Run “pana db upgrade” first, then move it to the server.</source>
        <translation>Деректер қалтасындағы дерекқор схемасы: {current}, ал Pana бағдарламасының осы нұсқасы күтетін схема: {head}. Алдымен «pana db upgrade» командасын орындап, содан кейін дерекқорды серверге көшіріңіз.</translation>
    </message>
    <message>
        <source>The audit log of the data folder does not verify (entry {seq}: {problem}), so it cannot be moved to the server with its proof intact. Run “pana db verify” and restore a good backup first.</source>
        <translation>Деректер қалтасының аудит журналы тексеруден өтпеді (№ {seq} жазба: {problem}), сондықтан оны серверге журналдың тұтастығы расталған күйде көшіру мүмкін емес. Алдымен «pana db verify» командасын орындап, жарамды сақтық көшірмені қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The database {url} already holds Pana data. A data folder is moved only into an empty database: create a new one on the server (the README&apos;s “Setting up a commission server” shows how).</source>
        <translation>{url} дерекқорында Pana деректері бұрыннан бар. Деректер қалтасы тек бос дерекқорға көшіріледі: серверде жаңа дерекқор жасаңыз (мұны қалай жасау керектігі README файлының «Setting up a commission server» бөлімінде көрсетілген).</translation>
    </message>
    <message>
        <source>The database {url} is not empty (it has {count} tables). A data folder is moved only into an empty database: create a new one on the server.</source>
        <translation>{url} дерекқоры бос емес (ондағы кестелер саны: {count}). Деректер қалтасы тек бос дерекқорға көшіріледі: серверде жаңа дерекқор жасаңыз.</translation>
    </message>
    <message>
        <source>Moving the data folder to {url} failed at “{stage}”: {problem}. Nothing was kept on the server (its database is empty again) and the data folder is unchanged: go on working in it, and give this message to whoever looks after the server.</source>
        <translation>Деректер қалтасын серверге ({url}) көшіру «{stage}» кезеңінде сәтсіз аяқталды: {problem}. Серверде ештеңе қалдырылмады (оның дерекқоры қайтадан бос), деректер қалтасы өзгертілмеді: жұмысты сонда жалғастырыңыз және осы хабарды серверге қызмет көрсететін адамға беріңіз.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (the table {table} has {there} rows there and {here} in the folder), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Сервердегі көшірме ({url}) деректер қалтасына сәйкес келмеді ({table} кестесінде серверде {there} жол, ал қалтада {here} жол бар), сондықтан ол сақталмады: сервердің дерекқоры қайтадан бос, деректер қалтасы өзгертілмеді. Осы хабарды жүйеңізге қызмет көрсететін адамға беріңіз.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (its audit log does not verify as the folder&apos;s does: {detail}), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Сервердегі көшірме ({url}) деректер қалтасына сәйкес келмеді (қалтадағы журналдан айырмашылығы, оның аудит журналы тексеруден өтпейді: {detail}), сондықтан ол сақталмады: сервердің дерекқоры қайтадан бос, деректер қалтасы өзгертілмеді. Осы хабарды жүйеңізге қызмет көрсететін адамға беріңіз.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (its search index holds {there} of {here} cases), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Сервердегі көшірме ({url}) деректер қалтасына сәйкес келмеді (оның іздеу индексінде {here} істің орнына {there} іс бар), сондықтан ол сақталмады: сервердің дерекқоры қайтадан бос, деректер қалтасы өзгертілмеді. Осы хабарды жүйеңізге қызмет көрсететін адамға беріңіз.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (a name search finds {there} cases there and {here} in the folder), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Сервердегі көшірме ({url}) деректер қалтасына сәйкес келмеді (аты бойынша іздеу серверде {there} іс, ал қалтада {here} іс табады), сондықтан ол сақталмады: сервердің дерекқоры қайтадан бос, деректер қалтасы өзгертілмеді. Осы хабарды жүйеңізге қызмет көрсететін адамға беріңіз.</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Decision due</source>
        <extracomment>Newest first: by registration day, and within a day the latest number first. How many cases the filter selects, when the caller knows it (the registry does): a page past the middle is then read from the far end, backwards. The most cases a name search brings back; the screen says when there are more.</extracomment>
        <translation>Шешім қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate to renew</source>
        <translation>Пана іздеген адамның куәлігін ұзарту</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <source>Fingerprints to take</source>
        <translation>Саусақ таңбаларын алу</translation>
    </message>
    <message>
        <source>Refugee status ends</source>
        <translation>Босқын мәртебесінің қолданылу мерзімінің аяқталуы</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мерзім түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>The home page lists at most this many deadlines, the soonest.</extracomment>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is due&lt;/b&gt; — overdue: {overdue}, within a week: {soon}</source>
        <translation>&lt;b&gt;Жақын мерзімдер&lt;/b&gt; — мерзімі өткен: {overdue}, бір апта ішінде: {soon}</translation>
    </message>
    <message>
        <source>(the {limit} soonest; the Deadlines tab and the registry show the rest)</source>
        <translation>(ең жақын {limit} мерзім көрсетілген; қалғаны «Мерзімдер» қойындысында және тізілімде)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>The same identity-document number</source>
        <extracomment>Name similarity (0–100, word order ignored) from which two names may be one person. Birth dates this many days apart may still be one person (typing slips, calendar mix-ups).</extracomment>
        <translation>Жеке басын куәландыратын құжаттың нөмірі бірдей</translation>
    </message>
    <message>
        <source>A similar name and a matching birth date</source>
        <translation>Аты-жөні ұқсас және туған күні сәйкес</translation>
    </message>
    <message>
        <source>A similar name (a birth date is missing)</source>
        <translation>Аты-жөні ұқсас (туған күні көрсетілмеген)</translation>
    </message>
</context>
<context>
    <name>EndStatusDialog</name>
    <message>
        <source>Refugee status is valid until {date}.</source>
        <translation>Босқын мәртебесінің қолданылу мерзімі аяқталатын күн: {date}.</translation>
    </message>
    <message>
        <source>End refugee status</source>
        <translation>Босқын мәртебесінің қолданылуын тоқтату</translation>
    </message>
    <message>
        <source>&amp;End status</source>
        <translation>&amp;Мәртебенің қолданылуын тоқтату</translation>
    </message>
    <message>
        <source>How the status ends</source>
        <translation>Мәртебенің қолданылуын тоқтату түрі</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Қолданылуы тоқтаған күн</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>Тоқтаған &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Required for cessation and revocation.</source>
        <translation>Мәртебені тоқтату және мәртебеден айыру кезінде міндетті.</translation>
    </message>
    <message>
        <source>End refugee status ({kind}) on {date}? The case is closed.</source>
        <translation>Босқын мәртебесінің қолданылуын тоқтатасыз ба ({kind})? Тоқтату күні: {date}. Іс жабылады.</translation>
    </message>
    <message>
        <source>Refugee status ended ({kind}); the case is closed.</source>
        <translation>Босқын мәртебесінің қолданылуы тоқтады ({kind}); іс жабылды.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Crossed on</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Irregular crossing</source>
        <translation>Өткізу пунктінен тыс өту</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Қай елден</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Add a border crossing</source>
        <translation>Шекарадан өтуді қосу</translation>
    </message>
    <message>
        <source>Edit a border crossing</source>
        <translation>Шекарадан өту туралы мәліметтерді өңдеу</translation>
    </message>
    <message>
        <source>e.g. near Khorgos</source>
        <translation>мысалы, Қорғас маңында</translation>
    </message>
    <message>
        <source>&amp;Irregular (without passing border control)</source>
        <translation>Өткізу пунктінен &amp;тыс (шекаралық бақылаудан өтпей)</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>мысалы, CHN</translation>
    </message>
    <message>
        <source>&amp;Crossed on:</source>
        <translation>Өткен &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>&amp;From country:</source>
        <translation>&amp;Қай елден:</translation>
    </message>
    <message>
        <source>Three-letter country code.</source>
        <translation>Елдің үш әріпті коды.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Pana (incident {id}); this was not done. What you typed is still here; try again, and if it happens again tell your administrator the incident number.</source>
        <translation>Pana бағдарламасында қате орын алды (қате нөмірі: {id}); әрекет орындалмады. Сіз енгізген мәліметтер сақталды; қайталап көріңіз, ал қате қайталанса, әкімшіге қате нөмірін хабарлаңыз.</translation>
    </message>
    <message>
        <source>Something went wrong inside Pana. Your data is safe; please report this to your administrator with the time it happened.</source>
        <translation>Pana бағдарламасында қате орын алды. Деректеріңіз сақталған; бұл туралы әкімшіге хабарлап, қатенің қашан болғанын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Орындаған</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>PDF</source>
        <extracomment>What a file&apos;s name says it is: a mismatch with the content is a damaged file.</extracomment>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG суреті</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>TIFF суреті</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>“{name}” is a folder; attach the files in it one by one.</source>
        <translation>«{name}» — қалта; ондағы файлдарды бір-бірлеп қоса тіркеңіз.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: the file is empty.</source>
        <translation>«{name}» қоса тіркелмеді: файл бос.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it is {size}, and at most {limit} can be attached. Scan it at a lower resolution or split it.</source>
        <translation>«{name}» қоса тіркелмеді: оның көлемі — {size}, ал ең көбі {limit} қоса тіркеуге болады. Оны төменірек ажыратымдылықпен сканерлеңіз немесе бөліктерге бөліңіз.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>«{name}» оқылмады: {reason}</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it is named as a {type} but its content is not a readable {type} (the header is wrong); it may be damaged. Scan or save it again.</source>
        <translation>«{name}» қоса тіркелмеді: атауы бойынша бұл «{type}» түріндегі файл, бірақ оның мазмұны оқылатын «{type}» файлы емес (файл тақырыбы қате); файл зақымдалған болуы мүмкін. Оны қайта сканерлеңіз немесе қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: only PDF, PNG, JPEG, TIFF and plain-text files can be attached.</source>
        <translation>«{name}» қоса тіркелмеді: тек PDF, PNG, JPEG, TIFF және қарапайым мәтін файлдарын қоса тіркеуге болады.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: the text is not in UTF-8; save it as UTF-8 and attach it again.</source>
        <translation>«{name}» қоса тіркелмеді: мәтін UTF-8 кодтауында емес; оны UTF-8 кодтауында сақтап, қайта қоса тіркеңіз.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: {reason}</source>
        <translation>«{name}» қоса тіркелмеді: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Attach evidence — {number}</source>
        <translation>Дәлелдемені қоса тіркеу — {number}</translation>
    </message>
    <message>
        <source>{name} · {type} · {size}</source>
        <translation>{name} · {type} · {size}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Дәлелдеменің түрі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Who provided it, or where it comes from</source>
        <translation>Кім ұсынды немесе қайдан алынды</translation>
    </message>
    <message>
        <source>The applicant may &amp;see this file</source>
        <translation>Өтініш беруші бұл файлды &amp;көре алады</translation>
    </message>
    <message>
        <source>The applicant may see this file</source>
        <translation>Өтініш беруші бұл файлды көре алады</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Дереккөзі:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Қоса тіркеу</translation>
    </message>
    <message>
        <source>Attach the file</source>
        <translation>Файлды қоса тіркеу</translation>
    </message>
    <message>
        <source>Skip this &amp;file</source>
        <translation>Бұл &amp;файлды өткізіп жіберу</translation>
    </message>
    <message>
        <source>Do not attach this file</source>
        <translation>Бұл файлды қоса тіркемеу</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Preview of the selected evidence</source>
        <translation>Таңдалған дәлелдемені алдын ала қарау</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Алдын ала қарау үшін файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF файлын алдын ала қарау</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Мәтінді алдын ала қарау</translation>
    </message>
    <message>
        <source>“{title}” cannot be previewed: {reason}</source>
        <translation>«{title}» файлын алдын ала қарау мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>“{title}” cannot be previewed: the file may be damaged, or its format is not supported here.</source>
        <translation>«{title}» файлын алдын ала қарау мүмкін емес: файл бүлінген болуы мүмкін немесе оның пішімі мұнда қолдау көрсетілмейді.</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>Файлдарды &amp;қосу…</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Дәлелдеме файлдарын қоса тіркеу</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Файлдар:</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Дәлелдеме файлдары</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>Әзірге дәлелдемелер қоса тіркелмеген.</translation>
    </message>
    <message>
        <source>Drop files here or use “Add files…”: PDF, PNG, JPEG, TIFF or plain text, up to {limit} each. Files are kept inside the encrypted database.</source>
        <translation>Файлдарды осында сүйреп әкеліңіз немесе «Файлдарды қосу…» батырмасын басыңыз: PDF, PNG, JPEG, TIFF немесе қарапайым мәтін, әр файлдың ең үлкен көлемі — {limit}. Файлдар шифрланған дерекқордың ішінде сақталады.</translation>
    </message>
    <message>
        <source>Your role cannot attach evidence.</source>
        <translation>Сіздің рөліңізге дәлелдемелерді қоса тіркеуге рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Алдын ала қарау үшін файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Loading “{title}”…</source>
        <translation>«{title}» жүктелуде…</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Дәлелдемелерді қоса тіркеу</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Дәлелдемелер (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>“{url}” is not a file on this computer.</source>
        <translation>«{url}» — осы компьютердегі файл емес.</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Типі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Қосқан</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған уақыты</translation>
    </message>
    <message>
        <source>Applicant may see</source>
        <translation>Өтініш берушіге қолжетімді</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Source: {source}</source>
        <translation>Дереккөзі: {source}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>ExpiringCertificates</name>
    <message>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Иесі</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message>
        <source>Ending &amp;within:</source>
        <translation>Алдағы &amp;кезең:</translation>
    </message>
    <message>
        <source>Ending within how many days</source>
        <translation>Неше күн ішінде аяқталатындарды көрсету</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Тізімді жаңарту</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Тізімді қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Certificates ending soon</source>
        <translation>Мерзімі жақында аяқталатын куәліктер</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>бүгін аяқталады</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн</numerusform>
            <numerusform>%Ln күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates ending within %Ln day(s): {count}</source>
        <translation>
            <numerusform>%Ln күн ішінде мерзімі аяқталатын куәліктер: {count}</numerusform>
            <numerusform>%Ln күн ішінде мерзімі аяқталатын куәліктер: {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>the {limit} ending soonest are listed</source>
        <translation>мерзімі ең жақын аяқталатын {limit} куәлік көрсетілген</translation>
    </message>
    <message numerus="yes">
        <source>No certificate ends within %Ln day(s).</source>
        <translation>
            <numerusform>%Ln күн ішінде мерзімі аяқталатын куәлік жоқ.</numerusform>
            <numerusform>%Ln күн ішінде мерзімі аяқталатын куәлік жоқ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Number</source>
        <extracomment>Registry columns (the registry&apos;s own), and which hold the applicant&apos;s personal data.</extracomment>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Істің күйі</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Шешім қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Status valid until</source>
        <translation>Мәртебенің қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Түпнұсқа құжат</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Кімге табыс етілді</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Табыс етілген күн</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>The applicant, whom a paper was handed to, and why it was voided (typed text that may name people).</extracomment>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Берілген құжаттарды тіркеу журналы</translation>
    </message>
    <message>
        <source>Under 1 month</source>
        <translation>1 айдан аз</translation>
    </message>
    <message>
        <source>1 to 3 months</source>
        <translation>1 айдан 3 айға дейін</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>3 айдан 6 айға дейін</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>6 айдан 12 айға дейін</translation>
    </message>
    <message>
        <source>12 months or more</source>
        <translation>12 ай және одан көп</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезеңнің соңы</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>Petitions registered</source>
        <translation>Тіркелген өтінішхаттар</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Recognition rate, %</source>
        <translation>Босқын мәртебесін беру үлесі, %</translation>
    </message>
    <message>
        <source>Median days from petition to decision</source>
        <translation>Өтінішхат тіркелгеннен шешімге дейінгі медианалық мерзім, күн</translation>
    </message>
    <message>
        <source>Cases pending</source>
        <translation>Қаралудағы істер</translation>
    </message>
    <message>
        <source>Pending counted on</source>
        <translation>Қаралудағы істер есептелген күн</translation>
    </message>
    <message>
        <source>Appeals lodged</source>
        <translation>Берілген шағымдар</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Мәртебе берілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Closed without decision</source>
        <translation>Мәні бойынша шешімсіз жабылды</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Шешімге дейінгі медианалық мерзім, күн</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Шешімдер нәтижесі бойынша</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Extension decisions</source>
        <translation>Ұзарту туралы шешімдер</translation>
    </message>
    <message>
        <source>Pending cases by age</source>
        <translation>Қаралудағы істердің ұзақтығы</translation>
    </message>
    <message>
        <source>Waiting since petition</source>
        <translation>Өтінішхат тіркелгеннен бергі мерзім</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Refugee statuses expiring</source>
        <translation>Аяқталатын босқын мәртебелері</translation>
    </message>
    <message>
        <source>Statuses ending</source>
        <translation>Аяқталатын мәртебелер</translation>
    </message>
    <message>
        <source>Appeals by outcome</source>
        <translation>Шағымдар нәтижесі бойынша</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation>Азаматтығы бойынша</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>By ethnicity</source>
        <translation>Ұлты бойынша</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Мамандар бойынша</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Тағайындалмаған</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the registry of cases</source>
        <translation>Істер тізілімін экспорттау</translation>
    </message>
    <message>
        <source>Export the register of issued documents</source>
        <translation>Берілген құжаттарды тіркеу журналын экспорттау</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Статистиканы экспорттау</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <extracomment>The folder of the last export in this session (the next file dialog starts there).</extracomment>
        <translation>Excel &amp;жұмыс кітабы (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel жұмыс кітабы</translation>
    </message>
    <message>
        <source>&amp;CSV text (.csv)</source>
        <translation>CSV &amp;мәтіні (.csv)</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV мәтіні</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>CSV бөлгіші</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Kazakh or Russian settings</source>
        <translation>Нүктелі үтір (;) — қазақша немесе орысша баптаулары бар Excel үшін</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Үтір (,)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Бөлгіш:</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (names, citizenship…)</source>
        <translation>&amp;Дербес деректерсіз (аты-жөні, азаматтығы…)</translation>
    </message>
    <message>
        <source>Leave out personal data</source>
        <translation>Дербес деректерсіз</translation>
    </message>
    <message>
        <source>Leave out the columns with personal data: applicants&apos; names and citizenship, to whom a paper was handed and why it was voided</source>
        <translation>Дербес деректері бар бағандарды қоспау: өтініш берушілердің аты-жөні мен азаматтығы, құжаттың кімге табыс етілгені және оның күші неліктен жойылғаны</translation>
    </message>
    <message>
        <source>Your role may export only without personal data.</source>
        <translation>Сіздің рөліңізге тек дербес деректерсіз экспорттауға рұқсат етіледі.</translation>
    </message>
    <message>
        <source>The file is not encrypted. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>Файл шифрланбаған. Оны шифрланған тасығышта сақтаңыз және қажеті болмаған кезде жойыңыз.</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Файлды таңдап, экспорттау</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Rows exported: %Ln. File: “{file}”.</source>
        <translation>Экспортталған жолдар: %Ln. Файл: «{file}».</translation>
    </message>
    <message>
        <source>The file holds personal data and is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Файлда дербес деректер бар және ол шифрланбаған: оны қауіпсіз жерде сақтаңыз және қажеті болмаған кезде жойыңыз.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортталды</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Экспортталмады</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel жұмыс кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Refugee status is valid until {date}; the extension must be applied for before then.</source>
        <translation>Босқын мәртебесінің қолданылу мерзімі аяқталатын күн: {date}; ұзарту туралы өтініш осы күнге дейін берілуі тиіс.</translation>
    </message>
    <message>
        <source>Register an extension application</source>
        <translation>Ұзарту туралы өтінішті тіркеу</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Өтініш берілген күн</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Өтініш &amp;берілген күн:</translation>
    </message>
    <message>
        <source>Register the extension application of {date}? The case becomes “{status}”, and you draft the extension assessment.</source>
        <translation>Ұзарту туралы өтінішті тіркейсіз бе (берілген күні: {date})? Іс «{status}» күйіне ауысады, содан кейін ұзарту бойынша қорытындыны Сіз дайындайсыз.</translation>
    </message>
    <message>
        <source>Extension application registered. Draft the extension assessment under “Assessment”.</source>
        <translation>Ұзарту туралы өтініш тіркелді. Ұзарту бойынша қорытындыны «Қорытынды» бөлімінде дайындаңыз.</translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>1990, 1990-05 or 1990-05-17; add ~ for an estimate (1990~).</source>
        <translation>1990, 1990-05 немесе 1990-05-17; болжамды күнге ~ қосыңыз (1990~).</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
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
        <source>Whereabouts</source>
        <translation>Қазіргі жері</translation>
    </message>
    <message>
        <source>Included in the petition</source>
        <translation>Өтінішхатқа енгізілген</translation>
    </message>
    <message>
        <source>Own case</source>
        <translation>Бөлек іс</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Add a relative</source>
        <translation>Туысты қосу</translation>
    </message>
    <message>
        <source>Edit a relative</source>
        <translation>Туыс туралы мәліметтерді өңдеу</translation>
    </message>
    <message>
        <source>e.g. 2015-03</source>
        <translation>мысалы, 2015-03</translation>
    </message>
    <message>
        <source>e.g. with the applicant; in Xinjiang; unknown</source>
        <translation>мысалы, өтініш берушімен бірге; Шыңжаңда; белгісіз</translation>
    </message>
    <message>
        <source>&amp;Included in the petition</source>
        <translation>Өтінішхатқа &amp;енгізілген</translation>
    </message>
    <message>
        <source>e.g. AQM-2026-00042</source>
        <translation>мысалы, AQM-2026-00042</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Т&amp;уыстық қатынасы:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Жын&amp;ысы:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>W&amp;hereabouts:</source>
        <translation>Қазіргі &amp;жері:</translation>
    </message>
    <message>
        <source>&amp;Own case number:</source>
        <translation>&amp;Бөлек істің нөмірі:</translation>
    </message>
    <message>
        <source>When the relative has a petition of their own.</source>
        <translation>Егер туысы өз атынан өтінішхат берген болса.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ескерт&amp;пелер:</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Қазіргі жері</translation>
    </message>
    <message>
        <source>In the petition</source>
        <translation>Өтінішхатқа енгізілген</translation>
    </message>
    <message>
        <source>Own case</source>
        <translation>Бөлек іс</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Туыстары</translation>
    </message>
    <message>
        <source>{relation} {name}</source>
        <translation>{name} ({relation})</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Kind of document</source>
        <extracomment>The label of every field path the services name in a ``ValidationError``, in context &quot;Fields&quot;. An index in a path (``names[0]``) is written ``[]`` here, and ``{n}`` in the label is that index counted from 1. A path with no label of its own takes that of the nearest path above it (``setting.documents.name.kk`` → ``setting.documents.name``); one with none at all is shown as it is (a case number in a list of cases, a place in an import file).</extracomment>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Failed logins before the account is locked</source>
        <translation>Тіркелгіні бұғаттауға дейінгі сәтсіз кіру әрекеттерінің саны</translation>
    </message>
    <message>
        <source>Minutes before an idle Pana locks</source>
        <translation>Pana құлыпталғанға дейінгі әрекетсіздік уақыты (минут)</translation>
    </message>
    <message>
        <source>Commission name</source>
        <translation>Комиссияның атауы</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Өңір коды</translation>
    </message>
    <message>
        <source>Commission address</source>
        <translation>Комиссияның мекенжайы</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Қол қоюшының лауазымы</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Бланктегі логотип</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Баптау</translation>
    </message>
    <message>
        <source>Months to decide</source>
        <translation>Шешім қабылдау мерзімі (ай)</translation>
    </message>
    <message>
        <source>Longest time to decide (months)</source>
        <translation>Шешім қабылдаудың ең ұзақ мерзімі (ай)</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate valid for (months)</source>
        <translation>Пана іздеген адамның куәлігінің жарамдылық мерзімі (ай)</translation>
    </message>
    <message>
        <source>Refugee status valid for (months)</source>
        <translation>Босқын мәртебесінің қолданылу мерзімі (ай)</translation>
    </message>
    <message>
        <source>Time to appeal (months)</source>
        <translation>Шағымдану мерзімі (ай)</translation>
    </message>
    <message>
        <source>Days to take fingerprints</source>
        <translation>Саусақ таңбаларын алу мерзімі (күн)</translation>
    </message>
    <message>
        <source>Working days to register a petition</source>
        <translation>Өтінішхатты тіркеу мерзімі (жұмыс күні)</translation>
    </message>
    <message>
        <source>Commission name in letters</source>
        <translation>Комиссияның атауы (хаттарда)</translation>
    </message>
    <message>
        <source>Commission address in letters</source>
        <translation>Комиссияның мекенжайы (хаттарда)</translation>
    </message>
    <message>
        <source>Signatory&apos;s title in letters</source>
        <translation>Қол қоюшының лауазымы (хаттарда)</translation>
    </message>
    <message>
        <source>Appeal court in letters</source>
        <translation>Шағым берілетін сот (хаттарда)</translation>
    </message>
    <message>
        <source>Years to keep closed cases</source>
        <translation>Жабылған істерді сақтау мерзімі (жыл)</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Іс нөмірлері</translation>
    </message>
    <message>
        <source>Anonymise or purge</source>
        <translation>Иесіздендіру немесе жою</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>Сақтық көшірмелер арасындағы сағат саны</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Сақталатын сақтық көшірмелер саны</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>«Дейін» күні</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Name (written form {n})</source>
        <translation>Атының жазылу нұсқасы № {n}</translation>
    </message>
    <message>
        <source>Script (written form {n})</source>
        <translation>Жазуы (жазылу нұсқасы № {n})</translation>
    </message>
    <message>
        <source>Kind of name (written form {n})</source>
        <translation>Қолданылуы (жазылу нұсқасы № {n})</translation>
    </message>
    <message>
        <source>Surname (written form {n})</source>
        <translation>Тегі (жазылу нұсқасы № {n})</translation>
    </message>
    <message>
        <source>Given names (written form {n})</source>
        <translation>Аты (жазылу нұсқасы № {n})</translation>
    </message>
    <message>
        <source>Patronymic (written form {n})</source>
        <translation>Әкесінің аты (жазылу нұсқасы № {n})</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ адам</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Діни сенімі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Laptop&apos;s request file</source>
        <translation>Ноутбуктің сұрау файлы</translation>
    </message>
    <message>
        <source>Quota of new petitions</source>
        <translation>Жаңа өтінішхаттар квотасы</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <source>Petition written in</source>
        <translation>Өтінішхат тілі</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Хат тілі</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Arrived in Kazakhstan</source>
        <translation>Қазақстанға келген күні</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Fingerprints taken on</source>
        <translation>Саусақ таңбалары алынған күн</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Берген ел</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орган</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Whose document</source>
        <translation>Құжат иесі</translation>
    </message>
    <message>
        <source>Document type (document {n})</source>
        <translation>Құжат түрі (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Document number (document {n})</source>
        <translation>Құжат нөмірі (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Issuing country (document {n})</source>
        <translation>Берген ел (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Issued by (document {n})</source>
        <translation>Берген орган (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Issued on (document {n})</source>
        <translation>Берілген күні (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Expires on (document {n})</source>
        <translation>Жарамдылық мерзімі (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Whose document (document {n})</source>
        <translation>Құжат иесі (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Notes (document {n})</source>
        <translation>Ескертпелер (№ {n} құжат)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Туыс</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Қазіргі жері</translation>
    </message>
    <message>
        <source>Own case number</source>
        <translation>Бөлек істің нөмірі</translation>
    </message>
    <message>
        <source>Crossed on</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Place of crossing</source>
        <translation>Шекарадан өткен жері</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Қай елден</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бабы</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Үкім шығарылған күн</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>Pre-trial detention (days)</source>
        <translation>Сотқа дейін күзетпен ұстау (күн)</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Сот шешімінің күні</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>Өкілдің тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Лицензия нөмірі</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>Feared actor</source>
        <translation>Қудалау субъектісі</translation>
    </message>
    <message>
        <source>Actor described</source>
        <translation>Субъектінің сипаттамасы</translation>
    </message>
    <message>
        <source>Ground {n}</source>
        <translation>№ {n} негіз</translation>
    </message>
    <message>
        <source>Nexus (ground {n})</source>
        <translation>Себептік байланыс (№ {n} негіз)</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Қудалау жағдайының түрі</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім жасады</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Қудалау субъектісінің түрі</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Ұзақтығы (күн)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Relative concerned</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>Evidence {n}</source>
        <translation>№ {n} дәлелдеме</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Дәлелдеменің түрі</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Қайталануы мүмкін істер</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Аудармашының тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Interpreter&apos;s languages</source>
        <translation>Аудармашының тілдері</translation>
    </message>
    <message>
        <source>Interpreter&apos;s gender</source>
        <translation>Аудармашының жынысы</translation>
    </message>
    <message>
        <source>Interpreter&apos;s organisation</source>
        <translation>Аудармашының ұйымы</translation>
    </message>
    <message>
        <source>Interpreter&apos;s phone</source>
        <translation>Аудармашының телефоны</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Әңгімелесу орны</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Әңгімелесу тілі</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Басталған уақыты</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Аяқталған уақыты</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Диалект</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Басқа қатысушылар</translation>
    </message>
    <message>
        <source>Demeanour notes</source>
        <translation>Мінез-құлық жазбалары</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>{n}-сұрақ</translation>
    </message>
    <message>
        <source>Answer {n}</source>
        <translation>{n}-жауап</translation>
    </message>
    <message>
        <source>Kind of draft</source>
        <translation>Жоба түрі</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Internal consistency</source>
        <translation>Ішкі үйлесімділік</translation>
    </message>
    <message>
        <source>Note on internal consistency</source>
        <translation>Ішкі үйлесімділікті бағалауға түсініктеме</translation>
    </message>
    <message>
        <source>Consistency with country information</source>
        <translation>Шыққан ел туралы ақпаратқа сәйкестік</translation>
    </message>
    <message>
        <source>Note on consistency with country information</source>
        <translation>Шыққан ел туралы ақпаратқа сәйкестікті бағалауға түсініктеме</translation>
    </message>
    <message>
        <source>Plausibility</source>
        <translation>Нанымдылық</translation>
    </message>
    <message>
        <source>Note on plausibility</source>
        <translation>Нанымдылықты бағалауға түсініктеме</translation>
    </message>
    <message>
        <source>Well-founded fear</source>
        <translation>Негізді қауіп</translation>
    </message>
    <message>
        <source>Note on well-founded fear</source>
        <translation>Негізді қауіпті бағалауға түсініктеме</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Мәртебе беруге жол бермейтін негіздер</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Шешімнің негіздемесі</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Ұсынылатын шешім</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенцияда көзделген негіздер</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Шешім қабылданған күн</translation>
    </message>
    <message>
        <source>Way served</source>
        <translation>Табыс ету тәсілі</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Табыс етілген күн</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Куәлік берілген күн</translation>
    </message>
    <message>
        <source>Reason for the replacement</source>
        <translation>Ауыстыру себебі</translation>
    </message>
    <message>
        <source>Extension applied for on</source>
        <translation>Ұзарту туралы өтініш берілген күн</translation>
    </message>
    <message>
        <source>How the status ended</source>
        <translation>Мәртебенің қолданылуын тоқтату түрі</translation>
    </message>
    <message>
        <source>Status ended on</source>
        <translation>Мәртебенің қолданылуы тоқтаған күн</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Appeal lodged on</source>
        <translation>Шағым берілген күн</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <source>Court&apos;s outcome</source>
        <translation>Сот шешімі</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Why the case is reopened</source>
        <translation>Істі қайта ашу себебі</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <source>Reason for the new deadline</source>
        <translation>Мерзімді ұзарту себебі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Құжаттың тілі</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Кімге табыс етілді</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Табыс етілген күн</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Ending within (days)</source>
        <translation>Алдағы кезең (күн)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Куәлік нөмірі</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>FingerprintsDialog</name>
    <message>
        <source>Fingerprints</source>
        <translation>Саусақ таңбалары</translation>
    </message>
    <message>
        <source>Fingerprints taken on</source>
        <translation>Саусақ таңбалары алынған күн</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>Алынған &amp;күні:</translation>
    </message>
    <message>
        <source>Save the fingerprint date</source>
        <translation>Саусақ таңбалары алынған күнді сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Баған тақырыптары</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Жол тақырыптары</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>You have changes that are not saved{what}.</source>
        <translation>Сақталмаған өзгерістер бар{what}.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Жабу алдында оларды сақтайсыз ба?</translation>
    </message>
    <message>
        <source>What you typed is still here: save again once this is solved.</source>
        <translation>Енгізген мәтініңіз сақталып тұр: мәселе шешілгеннен кейін қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand-over of {number}</source>
        <translation>Құжатты табыс ету: № {number}</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Кімге табыс етілді</translation>
    </message>
    <message>
        <source>The applicant, or the person who collected it</source>
        <translation>Өтініш беруші немесе құжатты алған адам</translation>
    </message>
    <message>
        <source>Date of the hand-over</source>
        <translation>Табыс етілген күн</translation>
    </message>
    <message>
        <source>Handed &amp;to:</source>
        <translation>Кім&amp;ге:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>Record the hand-over</source>
        <translation>Табыс етілгенін белгілеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Petition registered</source>
        <translation>Өтінішхат тіркелді</translation>
    </message>
    <message>
        <source>Case file viewed</source>
        <translation>Іс ашып көрілді</translation>
    </message>
    <message>
        <source>Claim, interviews and evidence viewed</source>
        <translation>Өтініш берушінің уәждері, әңгімелесулер мен дәлелдемелер көрілді</translation>
    </message>
    <message>
        <source>Officer assigned</source>
        <translation>Маман тағайындалды</translation>
    </message>
    <message>
        <source>Fingerprints recorded</source>
        <translation>Саусақ таңбалары алынды</translation>
    </message>
    <message>
        <source>Decision deadline extended</source>
        <translation>Өтінішхатты қарау мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Іс жабылды</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Іс қайта ашылды</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Іс экспортталды</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Іс импортталды</translation>
    </message>
    <message>
        <source>Marked as not a duplicate</source>
        <translation>Басқа істің қайталамасы емес деп белгіленді</translation>
    </message>
    <message>
        <source>Applicant&apos;s details changed</source>
        <translation>Өтініш беруші туралы мәліметтер өзгертілді</translation>
    </message>
    <message>
        <source>Applicant&apos;s photo changed</source>
        <translation>Өтініш берушінің фотосуреті өзгертілді</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Отбасы мүшесі қосылды</translation>
    </message>
    <message>
        <source>Family member changed</source>
        <translation>Отбасы мүшесі туралы мәліметтер өзгертілді</translation>
    </message>
    <message>
        <source>Family member removed</source>
        <translation>Отбасы мүшесі жойылды</translation>
    </message>
    <message>
        <source>Identity document added</source>
        <translation>Жеке басын куәландыратын құжат қосылды</translation>
    </message>
    <message>
        <source>Identity document changed</source>
        <translation>Жеке басын куәландыратын құжат өзгертілді</translation>
    </message>
    <message>
        <source>Identity document removed</source>
        <translation>Жеке басын куәландыратын құжат жойылды</translation>
    </message>
    <message>
        <source>Border crossing added</source>
        <translation>Шекарадан өту туралы мәлімет қосылды</translation>
    </message>
    <message>
        <source>Border crossing changed</source>
        <translation>Шекарадан өту туралы мәлімет өзгертілді</translation>
    </message>
    <message>
        <source>Border crossing removed</source>
        <translation>Шекарадан өту туралы мәлімет жойылды</translation>
    </message>
    <message>
        <source>Criminal proceeding added</source>
        <translation>Қылмыстық іс туралы мәлімет қосылды</translation>
    </message>
    <message>
        <source>Criminal proceeding changed</source>
        <translation>Қылмыстық іс туралы мәлімет өзгертілді</translation>
    </message>
    <message>
        <source>Criminal proceeding removed</source>
        <translation>Қылмыстық іс туралы мәлімет жойылды</translation>
    </message>
    <message>
        <source>Court ruling added</source>
        <translation>Сот шешімі қосылды</translation>
    </message>
    <message>
        <source>Court ruling changed</source>
        <translation>Сот шешімі өзгертілді</translation>
    </message>
    <message>
        <source>Court ruling removed</source>
        <translation>Сот шешімі жойылды</translation>
    </message>
    <message>
        <source>Representative registered</source>
        <translation>Өкіл тіркелді</translation>
    </message>
    <message>
        <source>Representative assigned</source>
        <translation>Іс бойынша өкіл белгіленді</translation>
    </message>
    <message>
        <source>Interpreter registered</source>
        <translation>Аудармашы тіркелді</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Әңгімелесу тағайындалды</translation>
    </message>
    <message>
        <source>Interview recorded</source>
        <translation>Әңгімелесу хаттамасы енгізілді</translation>
    </message>
    <message>
        <source>Applicant did not come to the interview</source>
        <translation>Өтініш беруші әңгімелесуге келмеді</translation>
    </message>
    <message>
        <source>Claim saved</source>
        <translation>Өтініш берушінің уәждері сақталды</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Қудалау жағдайы қосылды</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Қудалау жағдайы өзгертілді</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Қудалау жағдайы жойылды</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Дәлелдеме қоса тіркелді</translation>
    </message>
    <message>
        <source>Evidence viewed</source>
        <translation>Дәлелдеме көрілді</translation>
    </message>
    <message>
        <source>Assessment drafted</source>
        <translation>Қорытынды жобасы дайындалды</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Бекітуге жіберілді</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Ескертулермен қайтарылды</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Шешім бекітілді</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>Шешімнің табыс етілгені белгіленді</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Куәлік берілді</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Пана іздеген адамның куәлігі ұзартылды</translation>
    </message>
    <message>
        <source>Extension application registered</source>
        <translation>Ұзарту туралы өтініш тіркелді</translation>
    </message>
    <message>
        <source>Refugee status ended</source>
        <translation>Босқын мәртебесінің қолданылуы тоқтады</translation>
    </message>
    <message>
        <source>Appeal recorded</source>
        <translation>Шағым тіркелді</translation>
    </message>
    <message>
        <source>Appeal outcome recorded</source>
        <translation>Шағымдану нәтижесі енгізілді</translation>
    </message>
    <message>
        <source>Certificate replaced</source>
        <translation>Куәлік ауыстырылды</translation>
    </message>
    <message>
        <source>Certificate checked</source>
        <translation>Куәлік тексерілді</translation>
    </message>
    <message>
        <source>Document printed and registered</source>
        <translation>Құжат басып шығарылып, тіркелді</translation>
    </message>
    <message>
        <source>Duplicate printed</source>
        <translation>Телнұсқа басып шығарылды</translation>
    </message>
    <message>
        <source>Document handed over</source>
        <translation>Құжат табыс етілді</translation>
    </message>
    <message>
        <source>Printed document voided</source>
        <translation>Басып шығарылған құжаттың күші жойылды</translation>
    </message>
    <message>
        <source>An action was refused to this role</source>
        <translation>Бұл рөлге әрекет жасауға рұқсат берілмеді</translation>
    </message>
    <message>
        <source>Anonymised after the retention period</source>
        <translation>Сақтау мерзімі өткеннен кейін иесіздендірілді</translation>
    </message>
    <message>
        <source>Purged after the retention period</source>
        <translation>Сақтау мерзімі өткеннен кейін жойылды</translation>
    </message>
    <message>
        <source>Checked out to a laptop</source>
        <translation>Ноутбукке берілді</translation>
    </message>
    <message>
        <source>Taken onto the laptop</source>
        <translation>Ноутбукке қабылданды</translation>
    </message>
    <message>
        <source>Released from its laptop</source>
        <translation>Ноутбуктен қайтарып алынды</translation>
    </message>
    <message>
        <source>Checked in from the laptop</source>
        <translation>Ноутбуктен қайтарылды</translation>
    </message>
    <message>
        <source>Registered on a laptop, taken in at the office</source>
        <translation>Ноутбукте тіркеліп, кеңседе қабылданды</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Entries that only record that somebody looked: hidden unless asked for. Values not worth showing a person (internal identifiers).</extracomment>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>&amp;History of the case:</source>
        <translation>Істің &amp;тарихы:</translation>
    </message>
    <message>
        <source>Show &amp;views</source>
        <translation>&amp;Ашып көрулерді көрсету</translation>
    </message>
    <message>
        <source>Also show when the file was only viewed</source>
        <translation>Іс тек ашылып көрілген жағдайларды да көрсету</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Тарих жазбалары</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Мәліметтер:</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Таңдалған жазбаның мәліметтері</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>{what} — {user}, {time}</source>
        <translation>{what} — {user}, {time}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>The values of this entry are shown only to officers and supervisors.</source>
        <translation>Бұл жазбаның мәндері тек мамандар мен басшыларға көрсетіледі.</translation>
    </message>
    <message>
        <source>No values were recorded with this entry.</source>
        <translation>Бұл жазбамен бірге ешқандай мән жазылмаған.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Әрекет</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Импорттау алдындағы тексеру</translation>
    </message>
    <message>
        <source>Every row is checked as it would be imported, against the people registered already; nothing is written yet.</source>
        <translation>Әр жол импорттау кезіндегідей тексеріледі, оның ішінде бұрын тіркелген адамдармен салыстырылады; әзірге ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Тексеру барысы</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>Файлды &amp;қайта оқу</translation>
    </message>
    <message>
        <source>Read the corrected spreadsheet and check again</source>
        <translation>Түзетілген электрондық кестені оқып, қайта тексеру</translation>
    </message>
    <message>
        <source>Rows that would fail</source>
        <translation>Импорттау мүмкін болмайтын жолдар</translation>
    </message>
    <message>
        <source>Rows that may be people registered already</source>
        <translation>Бұрын тіркелген адамдар болуы мүмкін жолдар</translation>
    </message>
    <message>
        <source>&amp;Open that case</source>
        <translation>Бұл істі &amp;ашу</translation>
    </message>
    <message>
        <source>Open the case registered already</source>
        <translation>Бұрын тіркелген істі ашу</translation>
    </message>
    <message>
        <source>Compare each with the case it resembles. Tick “Another person” when it is someone else (Pana records that you checked); else remove the row from the spreadsheet.</source>
        <translation>Әр жолды ұқсас іспен салыстырыңыз. Егер бұл басқа адам болса, «Басқа адам» белгісін қойыңыз (тексергеніңізді Pana жазып қояды); әйтпесе жолды электрондық кестеден жойыңыз.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Ықтимал қайталамалар</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Барлық жол оқылып, тексерілуде…</translation>
    </message>
    <message>
        <source>Checked {done} of {total} rows…</source>
        <translation>Тексерілген жолдар: {done} / {total}…</translation>
    </message>
    <message>
        <source>Rows: {total} · ready to import: {ok} · failing: {failing} · possible duplicates not yet checked: {duplicates}</source>
        <translation>Барлық жол: {total} · импорттауға дайын: {ok} · қатесі бар: {failing} · тексерілмеген ықтимал қайталамалар: {duplicates}</translation>
    </message>
    <message>
        <source>The sheet has no rows under the header: there is nothing to import.</source>
        <translation>Парақта тақырып жолынан төмен жол жоқ: импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Nothing can be imported while a row fails. Correct those rows in the spreadsheet, save it and read it again here, or go back and change the columns or the date formats.</source>
        <translation>Қатесі бар жол тұрғанда ештеңе импортталмайды. Ол жолдарды электрондық кестеде түзетіп, кестені сақтаңыз да, мұнда қайта оқыңыз немесе артқа қайтып, бағандарды не күн пішімдерін өзгертіңіз.</translation>
    </message>
    <message>
        <source>Nothing can be imported while a possible duplicate is not checked: open the case, and tick “Another person” or remove the row from the spreadsheet.</source>
        <translation>Ықтимал қайталамалар тексерілмейінше ештеңе импортталмайды: істі ашып, «Басқа адам» белгісін қойыңыз немесе жолды электрондық кестеден жойыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Number in the old register</source>
        <extracomment>The largest file read at all (a register of 100,000 rows is a few MB). What the parts of a workbook may unpack to together: a zip bomb of a few KB claims gigabytes. ``zipfile`` stops at (and checks) the size each part declares, so the sum of the declared sizes bounds what is read. Rows below the header, and columns, read at most. The header is looked for in the first rows only. Registration, arrival and closing dates before this year are typing errors. Rows written per INSERT statement. Pana field key -&gt; its label (English source, context &quot;ImportField&quot;).</extracomment>
        <translation>Бұрынғы журналдағы нөмірі</translation>
    </message>
    <message>
        <source>Full name (surname first)</source>
        <translation>Аты-жөні (алдымен тегі)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Full name in Latin letters</source>
        <translation>Аты-жөні латынша</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Діни сенімі</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Паспорт нөмірі</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Date of arrival</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <extracomment>Fields of a ``RowProblem`` that are not columns.</extracomment>
        <translation>Ықтимал қайталама</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>The spreadsheet</source>
        <translation>Электрондық кесте</translation>
    </message>
    <message>
        <source>Choose the old register: an Excel workbook (.xlsx) or a CSV file. Nothing is written into Pana before the last step.</source>
        <translation>Бұрынғы тізілімді таңдаңыз: Excel жұмыс кітабын (.xlsx) немесе CSV файлын. Соңғы қадамға дейін Pana бағдарламасына ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Кесте файлы</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл таңдалмаған</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet file</source>
        <translation>Кесте файлын таңдау</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Жұмыс кітабының парағы</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Парақ:</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>Импортталатын тізілімді таңдау</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv);;All files (*)</source>
        <translation>Электрондық кестелер (*.xlsx *.xlsm *.csv);;Excel жұмыс кітаптары (*.xlsx *.xlsm);;CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>(a CSV file has one sheet)</source>
        <translation>(CSV файлында бір ғана парақ болады)</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Алғашқы жолдар оқылуда…</translation>
    </message>
    <message>
        <source>This sheet is empty: choose another sheet or another file.</source>
        <translation>Бұл парақ бос: басқа парақты немесе басқа файлды таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Read: %Ln column(s). Go on to see the first rows.</source>
        <translation>
            <numerusform>Оқылған бағандар: %Ln. Алғашқы жолдарды көру үшін келесі қадамға өтіңіз.</numerusform>
            <numerusform>Оқылған бағандар: %Ln. Алғашқы жолдарды көру үшін келесі қадамға өтіңіз.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns and dates</source>
        <translation>Бағандар мен күн пішімдері</translation>
    </message>
    <message>
        <source>Choose the Pana field each column fills; a column left at “not imported” is skipped. The choice was guessed from the column names.</source>
        <translation>Әр баған толтыратын Pana өрісін таңдаңыз; «импортталмайды» күйінде қалған баған өткізіп жіберіледі. Өрістер бағандардың атауларына қарай алдын ала таңдалды.</translation>
    </message>
    <message>
        <source>Required: {fields}.</source>
        <translation>Міндетті өрістер: {fields}.</translation>
    </message>
    <message>
        <source>Date formats, tried in this order</source>
        <translation>Күн пішімдері (осы ретпен қолданылады)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Жо&amp;ғары</translation>
    </message>
    <message>
        <source>Try the chosen date format earlier</source>
        <translation>Таңдалған күн пішімін ертерек қолдану</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Төмен</translation>
    </message>
    <message>
        <source>Try the chosen date format later</source>
        <translation>Таңдалған күн пішімін кейінірек қолдану</translation>
    </message>
    <message>
        <source>&amp;Save the mapping…</source>
        <translation>Сәйкестендіруді &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save the columns and date formats to a file</source>
        <translation>Бағандар мен күн пішімдерін файлға сақтау</translation>
    </message>
    <message>
        <source>&amp;Load a mapping…</source>
        <translation>Сәйкестендіруді &amp;жүктеу…</translation>
    </message>
    <message>
        <source>Load columns and date formats from a file</source>
        <translation>Бағандар мен күн пішімдерін файлдан жүктеу</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Бірінші мән</translation>
    </message>
    <message>
        <source>Pana field</source>
        <translation>Pana өрісі</translation>
    </message>
    <message>
        <source>{column}: {header}</source>
        <translation>{column}: {header}</translation>
    </message>
    <message>
        <source>Pana field for column {column}</source>
        <translation>{column} бағанына арналған Pana өрісі</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импортталмайды —</translation>
    </message>
    <message>
        <source>“{field}” is chosen for more than one column ({columns}): choose it for one column only.</source>
        <translation>«{field}» өрісі бірнеше бағанға таңдалған ({columns}): оны тек бір бағанға таңдаңыз.</translation>
    </message>
    <message>
        <source>No column is chosen for {fields}: choose the column that holds it.</source>
        <translation>Бағаны таңдалмаған өріс: {fields}. Осы мәліметтер жазылған бағанды таңдаңыз.</translation>
    </message>
    <message>
        <source>Tick at least one date format.</source>
        <translation>Кемінде бір күн пішімін белгілеңіз.</translation>
    </message>
    <message>
        <source>Chosen for another column too</source>
        <translation>Басқа бағанға да таңдалған</translation>
    </message>
    <message>
        <source>A date cell is read with the first ticked format that fits; a cell Excel stores as a date fits every format. How the cell “{cell}” of this file reads with each:</source>
        <translation>Ұяшықтағы күн белгіленген пішімдердің ішінен бірінші сәйкес келетіні бойынша оқылады; Excel күн ретінде сақтайтын ұяшыққа кез келген пішім сәйкес келеді. Осы файлдағы «{cell}» ұяшығы әр пішім бойынша былай оқылады:</translation>
    </message>
    <message>
        <source>A date cell is read with the first ticked format that fits; a cell Excel stores as a date fits every format. No column with dates is chosen yet.</source>
        <translation>Ұяшықтағы күн белгіленген пішімдердің ішінен бірінші сәйкес келетіні бойынша оқылады; Excel күн ретінде сақтайтын ұяшыққа кез келген пішім сәйкес келеді. Күндер жазылған баған әлі таңдалмаған.</translation>
    </message>
    <message>
        <source>{format} (like {example})</source>
        <translation>{format} (мысалы, {example})</translation>
    </message>
    <message>
        <source>{format}: {date}</source>
        <translation>{format}: {date}</translation>
    </message>
    <message>
        <source>{format}: cannot be read so</source>
        <translation>{format}: бұлай оқылмайды</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сәйкестендіруді сақтау</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Сәйкестендіру файлдары (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be written to {file}: {reason}. Choose another folder.</source>
        <translation>Сәйкестендіруді {file} файлына жазу мүмкін болмады: {reason}. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Mapping saved to {file}. The command line takes it too: pana case import FILE --mapping {file}</source>
        <translation>Сәйкестендіру {file} файлына сақталды. Оны командалық жолда да пайдалануға болады: pana case import FILE --mapping {file}</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Сәйкестендіруді жүктеу</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Сәйкестендіру файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from {file}.</source>
        <translation>Сәйкестендіру {file} файлынан жүктелді.</translation>
    </message>
    <message>
        <source>It was saved for the sheet “{sheet}”.</source>
        <translation>Ол «{sheet}» парағы үшін сақталған.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>The first rows</source>
        <translation>Алғашқы жолдар</translation>
    </message>
    <message>
        <source>Check that Pana reads the sheet as your spreadsheet program shows it.</source>
        <translation>Pana парақты электрондық кесте бағдарламаңыз көрсеткендей оқитынын тексеріңіз.</translation>
    </message>
    <message>
        <source>The first rows of the sheet</source>
        <translation>Парақтың алғашқы жолдары</translation>
    </message>
    <message>
        <source>{row}: header</source>
        <translation>{row}: тақырып</translation>
    </message>
    <message>
        <source>The header row: it names the columns</source>
        <translation>Тақырып жолы: онда бағандардың атаулары берілген</translation>
    </message>
    <message>
        <source>Row {row} holds the column names (in bold); the rows under it are the register. Empty rows are left out; rows are numbered as in the spreadsheet.</source>
        <translation>№ {row} жолда бағандардың атаулары (жуан қаріппен) берілген; оның астындағы жолдар — журнал жазбалары. Бос жолдар өткізілген; жолдар электрондық кестедегідей нөмірленген.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) are shown.</source>
        <translation>
            <numerusform>Алғашқы %Ln жол көрсетілген.</numerusform>
            <numerusform>Алғашқы %Ln жол көрсетілген.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>All rows are imported together, or none: a cancelled or failed import leaves Pana as it was.</source>
        <translation>Жолдардың бәрі бірге импортталады немесе бірде-біреуі импортталмайды: импорттау болдырылмаса не сәтсіз аяқталса, Pana деректері өзгермейді.</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Импорттау барысы</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Импорттауды &amp;болдырмау</translation>
    </message>
    <message>
        <source>Cancel the import; nothing is written</source>
        <translation>Импорттауды болдырмау; ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>&amp;Start the import again</source>
        <translation>Импорттауды &amp;қайта бастау</translation>
    </message>
    <message>
        <source>Start the import again</source>
        <translation>Импорттауды қайта бастау</translation>
    </message>
    <message>
        <source>Numbers of the new cases</source>
        <translation>Жаңа істердің нөмірлері</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>Есепті &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save the report of the import to a file</source>
        <translation>Импорттау туралы есепті файлға сақтау</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Checking again: {done} of {total} rows…</source>
        <translation>Жолдар қайта тексерілуде: {done} / {total}…</translation>
    </message>
    <message>
        <source>Writing: {done} of {total} rows…</source>
        <translation>Жолдар жазылуда: {done} / {total}…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Тоқтатылуда; ештеңе жазылмайды…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорттау болдырылмады; ештеңе жазылмады.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) fail now, as the register changed since the check. Close the wizard and import the file again to see why.</source>
        <translation>
            <numerusform>Ештеңе импортталмады: тексеруден кейін істер тізілімі өзгерді, енді %Ln жолда қате бар. Себебін көру үшін шеберді жауып, файлды қайта импорттаңыз.</numerusform>
            <numerusform>Ештеңе импортталмады: тексеруден кейін істер тізілімі өзгерді, енді %Ln жолда қате бар. Себебін көру үшін шеберді жауып, файлды қайта импорттаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Аяқталды.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported. Their numbers:</source>
        <translation>
            <numerusform>%Ln іс импортталды. Істердің нөмірлері:</numerusform>
            <numerusform>%Ln іс импортталды. Істердің нөмірлері:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {number}</source>
        <translation>Жол {row}: {number}</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: {reason}</source>
        <translation>Импорттау сәтсіз аяқталды, ештеңе жазылмады: {reason}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt)</source>
        <translation>CSV файлдары (*.csv);;Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be written to {file}: {reason}. Choose another folder.</source>
        <translation>Есепті {file} файлына жазу мүмкін болмады: {reason}. Басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Report saved to {file}.</source>
        <translation>Есеп {file} файлына сақталды.</translation>
    </message>
    <message>
        <source>Row in the spreadsheet</source>
        <translation>Электрондық кестедегі жол</translation>
    </message>
    <message>
        <source>New case number</source>
        <translation>Жаңа іс нөмірі</translation>
    </message>
    <message>
        <source>Import of a register into Pana</source>
        <translation>Журналды Pana жүйесіне импорттау</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Парақ: {sheet}</translation>
    </message>
    <message>
        <source>Imported on {when} by {user}</source>
        <translation>Импорттау уақыты: {when}, пайдаланушы: {user}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>%Ln іс импортталды.</numerusform>
            <numerusform>%Ln іс импортталды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Row</source>
        <extracomment>The date formats offered (the command line&apos;s defaults), in the order tried unless the user changes it; a loaded mapping may add others. How many rows the second page shows. Up to this many failing rows, the check shows whole messages on wrapped lines. What a mapping needs, as ``spreadsheet_import`` checks it: one field of each group. Fields holding dates: their cells give the example under each date format. A date every format writes differently (day above 12), for the format&apos;s own example.</extracomment>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Why it would fail</source>
        <translation>Қате себебі</translation>
    </message>
    <message>
        <source>May be the same person as</source>
        <translation>Ықтимал сәйкестік</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Басқа адам</translation>
    </message>
    <message>
        <source>Pana could not read {file}: it is not an Excel workbook (.xlsx) or a CSV file, or it is damaged or still open in another program. Open it in your spreadsheet program, save it again as an Excel workbook (.xlsx) or as CSV (UTF-8), close it there and choose it again.</source>
        <translation>Pana {file} файлын оқи алмады: ол Excel жұмыс кітабы (.xlsx) немесе CSV файлы емес, не зақымдалған, не басқа бағдарламада әлі ашық тұр. Оны электрондық кесте бағдарламасында ашып, Excel жұмыс кітабы (.xlsx) немесе CSV (UTF-8) ретінде қайта сақтаңыз, сол бағдарламада жабыңыз да, файлды қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>yes, not a duplicate</source>
        <translation>иә, қайталама емес</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>іс {number}</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>осы файлдағы № {row} жол</translation>
    </message>
    <message>
        <source>Import a register</source>
        <extracomment>For tests and the screenshots: the answer of a step has been shown.</extracomment>
        <translation>Журналды импорттау</translation>
    </message>
    <message>
        <source>Import a register from a spreadsheet</source>
        <translation>Журналды электрондық кестеден импорттау</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation>Жолдарды импорттау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Шеберді жабу</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Шебердің жұмысын болдырмау</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Пайдаланылмайды</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Импорттауды тоқтатасыз ба?</translation>
    </message>
    <message>
        <source>The import is still running. Stop it and close the wizard? Nothing will be written: the register stays as it was before.</source>
        <translation>Импорттау әлі жүріп жатыр. Оны тоқтатып, шеберді жабасыз ба? Ештеңе жазылмайды: істер тізілімі бұрынғыдай өзгеріссіз қалады.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident — {number}</source>
        <translation>Жаңа қудалау жағдайы — {number}</translation>
    </message>
    <message>
        <source>Incident — {number}</source>
        <translation>Қудалау жағдайы — {number}</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Қудалау жағдайының түрі</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кім жасады</translation>
    </message>
    <message>
        <source>e.g. county public security bureau</source>
        <translation>мысалы, аудандық қоғамдық қауіпсіздік бюросы</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Қудалау субъектісінің түрі</translation>
    </message>
    <message>
        <source>Started (partial date)</source>
        <translation>Басталуы (толық емес күн)</translation>
    </message>
    <message>
        <source>Ended (partial date)</source>
        <translation>Аяқталуы (толық емес күн)</translation>
    </message>
    <message>
        <source>2018, 2018-03 or 2018-03-17</source>
        <translation>2018, 2018-03 немесе 2018-03-17</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;аяқталуы</translation>
    </message>
    <message>
        <source>Write dates as far as they are known; add ~ for an estimate (2018~).</source>
        <translation>Күндерді белгілі болғанынша жазыңыз; болжамды күнге ~ қосыңыз (2018~).</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Ұзақтығы (күнмен)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>Relative concerned</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Байланысты дәлелдемелер</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кім жасады:</translation>
    </message>
    <message>
        <source>&amp;Actor type:</source>
        <translation>&amp;Субъект түрі:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Ұзақтығы:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Не болды:</translation>
    </message>
    <message>
        <source>&amp;Relative concerned:</source>
        <translation>Кімге &amp;қатысты:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Дәлелдемелер:</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Қудалау жағдайын сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2018, 2018-03 or 2018-03-17, with ~ for an estimate.</source>
        <translation>«{text}» — күн емес: 2018, 2018-03 немесе 2018-03-17 түрінде жазыңыз, болжамды күнге ~ қосыңыз.</translation>
    </message>
    <message>
        <source>The incident cannot end before it starts.</source>
        <translation>Аяқталу күні басталу күнінен бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Close this dialog; the case file shows the saved version, and you can apply your change to it.</source>
        <translation>Осы терезені жабыңыз: істе сақталған нұсқа көрсетіледі, өзгерісіңізді соған енгізе аласыз.</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн</numerusform>
            <numerusform>%Ln күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s) linked</source>
        <translation>
            <numerusform>Байланысты дәлелдемелер: %Ln</numerusform>
            <numerusform>Байланысты дәлелдемелер: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>undated</source>
        <translation>күні көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>InterpreterCombo</name>
    <message>
        <source>No interpreter</source>
        <translation>Аудармашысыз</translation>
    </message>
    <message>
        <source>New interpreter…</source>
        <translation>Жаңа аудармашы…</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <source>New interpreter</source>
        <translation>Жаңа аудармашы</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Languages (codes)</source>
        <translation>Тілдері (кодтары)</translation>
    </message>
    <message>
        <source>e.g. ug, kk, ru</source>
        <translation>мысалы, ug, kk, ru</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Т&amp;ілдері:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Жынысы:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>An interpreter must not work for the applicant&apos;s representative.</source>
        <translation>Аудармашы өтініш берушінің өкілінде жұмыс істемеуге тиіс.</translation>
    </message>
    <message>
        <source>Register the interpreter</source>
        <translation>Аудармашыны тіркеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>InterviewRecorder</name>
    <message>
        <source>Interview record — {number}</source>
        <translation>Әңгімелесу хаттамасы — {number}</translation>
    </message>
    <message>
        <source>Interview record (read only) — {number}</source>
        <translation>Әңгімелесу хаттамасы (тек оқу үшін) — {number}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Басталған уақыты</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>&amp;Қазір бастау</translation>
    </message>
    <message>
        <source>Set the start time to now</source>
        <translation>Қазіргі уақытты басталу уақыты ретінде белгілеу</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Аяқталған уақыты</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>әлі аяқталмады</translation>
    </message>
    <message>
        <source>&amp;End now</source>
        <translation>Қазір аяқта&amp;у</translation>
    </message>
    <message>
        <source>Set the end time to now</source>
        <translation>Қазіргі уақытты аяқталу уақыты ретінде белгілеу</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Диалект</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>&amp;Representative (lawyer) present</source>
        <translation>&amp;Өкіл (адвокат) қатысты</translation>
    </message>
    <message>
        <source>Representative present</source>
        <translation>Өкіл қатысты</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Басқа қатысушылар</translation>
    </message>
    <message>
        <source>Names and roles of everyone else in the room</source>
        <translation>Бөлмедегі басқа барлық адамдардың аты-жөні мен рөлі</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Аудармашы:</translation>
    </message>
    <message>
        <source>En&amp;ded:</source>
        <translation>А&amp;яқталуы:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>Diale&amp;ct:</source>
        <translation>&amp;Диалект:</translation>
    </message>
    <message>
        <source>&amp;Others present:</source>
        <translation>Басқа қатысу&amp;шылар:</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Сұрақтар мен жауаптар</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Сұрақ қосу</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Сұрақ қосу</translation>
    </message>
    <message>
        <source>Insert template questions</source>
        <translation>Үлгі сұрақтарды қосу</translation>
    </message>
    <message>
        <source>Insert &amp;template questions</source>
        <translation>&amp;Үлгі сұрақтарды қосу</translation>
    </message>
    <message>
        <source>Demeanour notes</source>
        <translation>Мінез-құлық жазбалары</translation>
    </message>
    <message>
        <source>Observations only (e.g. pauses, distress, breaks taken) — not conclusions</source>
        <translation>Тек байқалған жайттар (мысалы, кідірістер, күйзеліс, жасалған үзілістер) — тұжырымдар емес</translation>
    </message>
    <message>
        <source>De&amp;meanour notes:</source>
        <translation>Мінез-құлық &amp;жазбалары:</translation>
    </message>
    <message>
        <source>Record read &amp;back to the applicant</source>
        <translation>Хаттама өтініш берушіге оқып бе&amp;рілді</translation>
    </message>
    <message>
        <source>Record read back</source>
        <translation>Хаттама оқып берілді</translation>
    </message>
    <message>
        <source>Applicant si&amp;gned the record</source>
        <translation>Өтініш беруші хаттамаға қо&amp;л қойды</translation>
    </message>
    <message>
        <source>Applicant signed</source>
        <translation>Өтініш беруші қол қойды</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Жобаның күйі</translation>
    </message>
    <message>
        <source>Save the interview record</source>
        <translation>Әңгімелесу хаттамасын сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The question templates cannot be read.</source>
        <translation>Үлгі сұрақтарды оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Барлық тақырыптар</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Сұрақты жою</translation>
    </message>
    <message>
        <source>Remove this question and its answer from the record?</source>
        <translation>Осы сұрақ пен оның жауабын хаттамадан жоясыз ба?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln сұрақ</numerusform>
            <numerusform>%Ln сұрақ</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the draft saved at {time}</source>
        <translation>Жоба қалпына келтірілді (сақталған уақыты: {time})</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Жоба сақталды: {time}</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>Жобаны сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Draft not discarded</source>
        <translation>Жоба жойылмады</translation>
    </message>
    <message>
        <source>set the time the interview ended (“End now”).</source>
        <translation>әңгімелесудің аяқталған уақытын көрсетіңіз («Қазір аяқтау»).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>This interview no longer exists. Your text is kept in the draft.</source>
        <translation>Бұл әңгімелесу енді жоқ. Сіз енгізген мәтін жобада сақталды.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>interview record</source>
        <translation>әңгімелесу хаттамасы</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Тағайындалған уақыты</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Сұрақтар</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
</context>
<context>
    <name>InterviewTableModel</name>
    <message>
        <source>Dialect: {dialect}</source>
        <translation>Диалект: {dialect}</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore the kept interview record</source>
        <translation>Сақталмаған әңгімелесу хаттамасын қалпына келтіру</translation>
    </message>
    <message>
        <source>Discar&amp;d</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Discard the kept interview record</source>
        <translation>Сақталмаған әңгімелесу хаттамасын жою</translation>
    </message>
    <message>
        <source>&amp;Interviews:</source>
        <translation>&amp;Әңгімелесулер:</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Әңгімелесулер</translation>
    </message>
    <message>
        <source>No interview has been scheduled or recorded yet.</source>
        <translation>Әлі бірде-бір әңгімелесу тағайындалмаған немесе өткізілмеген.</translation>
    </message>
    <message>
        <source>S&amp;chedule…</source>
        <translation>&amp;Тағайындау…</translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Әңгімелесуді тағайындау</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Хаттама жүргізу…</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Әңгімелесу хаттамасын жүргізу</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Келмегенін белгілеу</translation>
    </message>
    <message>
        <source>Record that the applicant did not come</source>
        <translation>Өтініш берушінің келмегенін белгілеу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Қа&amp;рау</translation>
    </message>
    <message>
        <source>View the interview record</source>
        <translation>Әңгімелесу хаттамасын қарау</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>Хаттаманы &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Print the interview record</source>
        <translation>Әңгімелесу хаттамасын басып шығару</translation>
    </message>
    <message>
        <source>An unsaved interview record from {time} was kept.</source>
        <translation>Сақталмаған әңгімелесу хаттамасы қалды (уақыты: {time}).</translation>
    </message>
    <message>
        <source>Record the scheduled interview</source>
        <translation>Тағайындалған әңгімелесудің хаттамасын жүргізу</translation>
    </message>
    <message>
        <source>Record an interview held without an appointment</source>
        <translation>Алдын ала тағайындалмаған әңгімелесудің хаттамасын жүргізу</translation>
    </message>
    <message>
        <source>Kept interview record</source>
        <translation>Сақталмаған әңгімелесу хаттамасы</translation>
    </message>
    <message>
        <source>An unsaved interview record was kept. Restore it, or start a new record and discard the kept one?</source>
        <translation>Сақталмаған әңгімелесу хаттамасы қалды. Оны қалпына келтіру керек пе, әлде жаңа хаттама бастап, қалған хаттаманы жою керек пе?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation>Жаңа хаттама бастау</translation>
    </message>
    <message>
        <source>Applicant did not come</source>
        <translation>Өтініш беруші келмеді</translation>
    </message>
    <message>
        <source>Record that the applicant did not come to the interview scheduled for {time}? The case returns to “Petition registered” for a new appointment or closure.</source>
        <translation>Өтініш берушінің тағайындалған әңгімелесуге келмегені белгіленсін бе (тағайындалған уақыты: {time})? Іс жаңа әңгімелесу тағайындау немесе істі жабу үшін «Өтінішхат тіркелді» күйіне қайтарылады.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Discard the kept record</source>
        <translation>Сақталмаған хаттаманы жою</translation>
    </message>
    <message>
        <source>Discard the unsaved interview record? What was typed in it is lost.</source>
        <translation>Сақталмаған әңгімелесу хаттамасы жойылсын ба? Оған енгізілген мәтін жоғалады.</translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation>Жойылмады</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Kazakh</source>
        <extracomment>Autosave a draft this long after the last change … … and at least this often while changes keep coming. Interview languages offered in the lists (any other code can be typed).</extracomment>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақ және орыс тілдері</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Ұйғыр тілі</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Қырғыз тілі</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Тәжік тілі</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Парсы тілі</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Пушту тілі</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Араб тілі</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Моңғол тілі</translation>
    </message>
</context>
<context>
    <name>LaptopTexts</name>
    <message numerus="yes">
        <source>%Ln case(s) arrived from “{office}”: {numbers}.</source>
        <translation>
            <numerusform>«{office}» жіберген %Ln іс келді: {numbers}.</numerusform>
            <numerusform>«{office}» жіберген %Ln іс келді: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You may register %Ln new petition(s) on this laptop.</source>
        <translation>
            <numerusform>Осы ноутбукте %Ln жаңа өтінішхат тіркей аласыз.</numerusform>
            <numerusform>Осы ноутбукте %Ln жаңа өтінішхат тіркей аласыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held</source>
        <translation>
            <numerusform>%Ln іс берілген</numerusform>
            <numerusform>%Ln іс берілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held, overdue since {date}</source>
        <translation>
            <numerusform>%Ln іс берілген, қайтару мерзімі өтті: {date}</numerusform>
            <numerusform>%Ln іс берілген, қайтару мерзімі өтті: {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held, back by {date}</source>
        <translation>
            <numerusform>%Ln іс берілген, қайтару мерзімі: {date}</numerusform>
            <numerusform>%Ln іс берілген, қайтару мерзімі: {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln new petition(s) used</source>
        <translation>
            <numerusform>жаңа өтінішхаттар квотасы: %Ln, пайдаланылғаны: {used}</numerusform>
            <numerusform>жаңа өтінішхаттар квотасы: %Ln, пайдаланылғаны: {used}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) handed back and removed from this laptop: {numbers}.</source>
        <translation>
            <numerusform>%Ln іс қайтарылды және осы ноутбуктен жойылды: {numbers}.</numerusform>
            <numerusform>%Ln іс қайтарылды және осы ноутбуктен жойылды: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new petition(s) got their permanent numbers: {pairs}.</source>
        <translation>
            <numerusform>%Ln жаңа өтінішхатқа тұрақты нөмір берілді: {pairs}.</numerusform>
            <numerusform>%Ln жаңа өтінішхатқа тұрақты нөмір берілді: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln іс</numerusform>
            <numerusform>%Ln іс</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds {cases}.</source>
        <translation>Файлда {cases} бар.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds {cases} and %Ln new petition(s).</source>
        <translation>
            <numerusform>Файлда {cases} және %Ln жаңа өтінішхат бар.</numerusform>
            <numerusform>Файлда {cases} және %Ln жаңа өтінішхат бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) go back to the office; changed on this laptop: {changed}.</source>
        <translation>
            <numerusform>%Ln іс кеңсеге қайтарылады; осы ноутбукте өзгертілгені: {changed}.</numerusform>
            <numerusform>%Ln іс кеңсеге қайтарылады; осы ноутбукте өзгертілгені: {changed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new petition(s) get their permanent numbers.</source>
        <translation>
            <numerusform>%Ln жаңа өтінішхатқа тұрақты нөмір беріледі.</numerusform>
            <numerusform>%Ln жаңа өтінішхатқа тұрақты нөмір беріледі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were changed both on this laptop and at the office: choose which to keep before checking in.</source>
        <translation>
            <numerusform>%Ln мән осы ноутбукте де, кеңседе де өзгертілген: істерді қайтармас бұрын қайсысын қалдыратыныңызды таңдаңыз.</numerusform>
            <numerusform>%Ln мән осы ноутбукте де, кеңседе де өзгертілген: істерді қайтармас бұрын қайсысын қалдыратыныңызды таңдаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln value(s) decided.</source>
        <translation>
            <numerusform>Барлық мән бойынша таңдау жасалды (%Ln).</numerusform>
            <numerusform>Барлық мән бойынша таңдау жасалды (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your cases on the server (%Ln):</source>
        <translation>
            <numerusform>Сервердегі істеріңіз (%Ln):</numerusform>
            <numerusform>Сервердегі істеріңіз (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Law “On Refugees”, article 12: recognition as a refugee</source>
        <extracomment>The longest period a deadline setting may have. The articles offered by default; an admin edits the list. The titles are English sources: the interface shows them in its language (&quot;LegalBasis&quot;), the letters in the document&apos;s (``legal_basis_titles`` in resources/documents/texts); a title an admin typed is shown as typed.</extracomment>
        <translation>«Босқындар туралы» Заң, 12-бап: босқын мәртебесін беру</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 13: grounds for refusal</source>
        <translation>«Босқындар туралы» Заң, 13-бап: босқын мәртебесін беруден бас тарту негіздері</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 13: no well-founded fear of persecution</source>
        <translation>«Босқындар туралы» Заң, 13-бап: қудалау құрбаны болудың негізді қаупі жоқ</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 12: extension of refugee status</source>
        <translation>«Босқындар туралы» Заң, 12-бап: босқын мәртебесінің қолданылу мерзімін ұзарту</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 14: termination of the examination</source>
        <translation>«Босқындар туралы» Заң, 14-бап: өтінішхатты қарауды тоқтату</translation>
    </message>
</context>
<context>
    <name>LegalHistorySection</name>
    <message>
        <source>Irregular</source>
        <translation>Өткізу пунктінен тыс</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Өткізу пункті арқылы</translation>
    </message>
    <message>
        <source>Crossed on</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Өту тәсілі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қай елден</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Үкім күні</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Сотқа дейін күзетпен ұстау</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Deportation barred</source>
        <translation>Шығарып жіберуге тыйым салынды</translation>
    </message>
    <message>
        <source>Entry and crossing</source>
        <translation>Елге келу және шекарадан өту</translation>
    </message>
    <message>
        <source>the crossing at {place}</source>
        <translation>шекарадан өту ({place})</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Қылмыстық істер</translation>
    </message>
    <message>
        <source>the proceeding at {court}</source>
        <translation>қылмыстық іс ({court})</translation>
    </message>
    <message>
        <source>Court rulings on deportation</source>
        <translation>Шығарып жіберу туралы сот шешімдері</translation>
    </message>
    <message>
        <source>the ruling of {court}</source>
        <translation>сот шешімі ({court})</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>At most {limit} characters fit here; the rest was left out. Check the end of the text.</source>
        <extracomment>The services&apos; own limits (``cases._names``, ``cases._validate_petition``).</extracomment>
        <translation>Мұнда ең көбі {limit} таңба сыяды; қалғаны енгізілмеді. Мәтіннің соңын тексеріңіз.</translation>
    </message>
    <message>
        <source>Not pasted: the text is {size} characters long, and only {room} more fit here (at most {limit} in all). Paste a shorter part.</source>
        <translation>Қойылмады: мәтін ұзындығы {size} таңба, ал мұнда тағы тек {room} таңба сыяды (барлығы ең көбі {limit} таңба). Қысқарақ бөлігін қойыңыз.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Pana</source>
        <translation>Pana</translation>
    </message>
    <message>
        <source>Pana — locked</source>
        <translation>Pana — құлыпталған</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pana is locked&lt;/h2&gt;Enter the password of {user} to continue.</source>
        <translation>&lt;h2&gt;Pana құлыпталған&lt;/h2&gt;Жалғастыру үшін {user} пайдаланушысының құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлыпты &amp;ашу</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Pana — log in</source>
        <extracomment>QSettings keys: &quot;folder&quot; or &quot;server&quot;, and the server&apos;s address without a password. How a server address shows a password it holds (SQLAlchemy&apos;s ``hide_password``). The data folder; started with a server, the default one, found when needed. The address as given, with any password it holds (in memory only); the field shows it with the password hidden.</extracomment>
        <translation>Pana — кіру</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pana&lt;/h2&gt;Refugee status determination</source>
        <translation>&lt;h2&gt;Pana&lt;/h2&gt;Босқын мәртебесін беру туралы өтінішхаттарды қарау</translation>
    </message>
    <message>
        <source>Work on:</source>
        <translation>Қайда жұмыс істеу:</translation>
    </message>
    <message>
        <source>this computer&apos;s &amp;data folder</source>
        <translation>осы компьютердің &amp;деректер қалтасында</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s data folder</source>
        <translation>Осы компьютердің деректер қалтасында жұмыс істеу</translation>
    </message>
    <message>
        <source>a commission &amp;server, at this address:</source>
        <translation>комиссия &amp;серверінде, мекенжайы:</translation>
    </message>
    <message>
        <source>Work on a commission server</source>
        <translation>Комиссия серверінде жұмыс істеу</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>The commission server&apos;s address, as whoever set it up gave it, e.g. postgresql://pana@server.example/pana?sslmode=verify-full. Do not write the database password in it: PostgreSQL reads it from its password file, ~/.pgpass (on Windows %APPDATA%\postgresql\pgpass.conf). Pana remembers the address without a password.</source>
        <translation>Комиссия серверінің мекенжайы — серверді баптаған адам берген күйінде, мысалы: postgresql://pana@server.example/pana?sslmode=verify-full. Оған дерекқор құпиясөзін жазбаңыз: PostgreSQL оны өзінің құпиясөздер файлынан оқиды, ~/.pgpass (Windows жүйесінде %APPDATA%\postgresql\pgpass.conf). Pana мекенжайды құпиясөзсіз есте сақтайды.</translation>
    </message>
    <message>
        <source>This server address holds a password. Pana uses it for this login but does not remember it; keep it in PostgreSQL&apos;s password file (~/.pgpass) instead.</source>
        <translation>Бұл сервер мекенжайында құпиясөз бар. Pana оны осы жолы кіру үшін пайдаланады, бірақ есте сақтамайды; құпиясөзді оның орнына PostgreSQL құпиясөздер файлында (~/.pgpass) сақтаңыз.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
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
        <source>Commission server: {server}</source>
        <extracomment>True once the user picks a language here: it then wins over the one their account remembers.</extracomment>
        <translation>Комиссия сервері: {server}</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;demo database&lt;/b&gt; with fictional people. Accounts: admin, officer, supervisor, clerk (and officer2, supervisor2); the password of each is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Бұл — ойдан шығарылған адамдар енгізілген &lt;b&gt;демонстрациялық дерекқор&lt;/b&gt;. Тіркелгілер: admin, officer, supervisor, clerk (сондай-ақ officer2, supervisor2); әрқайсысының құпиясөзі — &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Enter the commission server&apos;s address, as whoever set it up gave it: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>Комиссия серверінің мекенжайын серверді баптаған адам берген күйінде енгізіңіз: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Деректер қалтасы тек оқуға арналған</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to (a read-only drive or share, or its permissions). You can search and read the records, but nothing can be saved, and parts of a case file whose viewing must be recorded in the audit log cannot be opened.

To work normally, close Pana, make the folder writable (or copy the whole folder to a writable disk) and log in again.</source>
        <translation>{folder} деректер қалтасына жазу мүмкін емес (диск немесе желілік қалта тек оқуға арналған не рұқсаттар жеткіліксіз). Жазбаларды іздеп, оқи аласыз, бірақ ештеңе сақталмайды, ал қаралуы аудит журналында тіркелуге тиіс іс бөліктерін ашу мүмкін емес.

Қалыпты жұмыс істеу үшін Pana бағдарламасын жабыңыз, қалтаға жазуға рұқсат беріңіз (немесе бүкіл қалтаны жазуға болатын дискіге көшіріңіз) де, қайта кіріңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pana</source>
        <translation>Pana</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Басты бет</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>Б&amp;екіту</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Мерзімдер</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пайдаланушылар</translation>
    </message>
    <message>
        <source>Audi&amp;t trail</source>
        <translation>&amp;Аудит журналы</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>Стат&amp;истика</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Ноутбуктер</translation>
    </message>
    <message>
        <source>&amp;Registry of cases</source>
        <translation>&amp;Істер тізілімі</translation>
    </message>
    <message>
        <source>Automatic backup written: {path}</source>
        <translation>Автоматты сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
        <source>&amp;Print desk</source>
        <translation>&amp;Құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New petition…</source>
        <translation>&amp;Жаңа өтінішхат…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>Тізілімді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Check cases &amp;out to a laptop…</source>
        <translation>Істерді ноутбукке &amp;беру…</translation>
    </message>
    <message>
        <source>Check cases i&amp;n from a laptop…</source>
        <translation>Істерді &amp;ноутбуктен қайтару…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Бапта&amp;улар…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>Желі&amp;ден тыс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Анық&amp;тама</translation>
    </message>
    <message>
        <source>&amp;About Pana</source>
        <translation>Pana &amp;туралы</translation>
    </message>
    <message>
        <source>Logged in: {user} ({role})</source>
        <translation>Жүйеге кірген: {user} ({role})</translation>
    </message>
    <message>
        <source>Commission server: {server}</source>
        <translation>Комиссия сервері: {server}</translation>
    </message>
    <message>
        <source>DEMO DATABASE — fictional people</source>
        <translation>ДЕМО ДЕРЕКҚОР — ойдан шығарылған адамдар</translation>
    </message>
    <message>
        <source>Lock Pana</source>
        <translation>Pana бағдарламасын құлыптау</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Экранды құлыптау (Ctrl+L)</translation>
    </message>
    <message>
        <source>About Pana</source>
        <translation>Pana туралы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pana&lt;/b&gt; {version}&lt;br&gt;Case management for refugee status determination: offline, encrypted, in Kazakh, Russian and English.</source>
        <translation>&lt;b&gt;Pana&lt;/b&gt; {version}&lt;br&gt;Босқын мәртебесін беру туралы істерді жүргізу: желіге қосылмай, шифрланған түрде, қазақ, орыс және ағылшын тілдерінде.</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the file is damaged (its {type} header cannot be read). Use the original file or a new scan.</source>
        <extracomment>Decoded at 4 bytes a pixel this is 200 MB, under Qt&apos;s 256 MB image limit. A preview is never shown larger than this on its longer side; bigger images are scaled down while they are decoded (JPEG decodes straight to the smaller size). What one compressed PDF stream may expand to: drawing commands, and images. And the whole file (this also bounds the time the check itself takes). A page larger than this (points; the PDF standard&apos;s own limit) or longer than it is wide by more than this ratio would render to an enormous image at any useful zoom.</extracomment>
        <translation>файл бүлінген (оның {type} тақырыптамасы оқылмайды). Түпнұсқа файлды немесе жаңа сканерленген көшірмені пайдаланыңыз.</translation>
    </message>
    <message>
        <source>it is an image of {width} × {height} pixels, more than the {limit} megapixels Pana opens. Save it at a lower resolution.</source>
        <translation>кескін өлшемі {width} × {height} пиксель, бұл Pana ашатын шектен ({limit} мегапиксель) асады. Оны төменірек ажыратымдылықпен сақтаңыз.</translation>
    </message>
    <message>
        <source>part of this PDF expands to more than {size} when opened, which is more than Pana opens; the file may be damaged or made to overload the computer.</source>
        <translation>бұл PDF файлының бір бөлігі ашылғанда {size} көлемінен асады, бұл Pana ашатын шектен көп; файл бүлінген немесе компьютерді шамадан тыс жүктеу үшін жасалған болуы мүмкін.</translation>
    </message>
    <message>
        <source>page {page} of the PDF has an impossible size ({width} × {height} points).</source>
        <translation>PDF файлының бетінің өлшемі жарамсыз (бет: {page}; {width} × {height} пункт).</translation>
    </message>
    <message>
        <source>the file is not a PNG, JPEG or TIFF image.</source>
        <translation>файл PNG, JPEG немесе TIFF кескіні емес.</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Written forms of the name</source>
        <extracomment>Widest a column gets when fitted to its contents; the tooltip shows the rest.</extracomment>
        <translation>Атының жазылу нұсқалары</translation>
    </message>
    <message>
        <source>Scr&amp;ipt</source>
        <translation>&amp;Жазу</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic</source>
        <translation>&amp;Әкесінің аты</translation>
    </message>
    <message>
        <source>Us&amp;e</source>
        <translation>&amp;Қолданылуы</translation>
    </message>
    <message>
        <source>Add a &amp;written form</source>
        <translation>Жазылу &amp;нұсқасын қосу</translation>
    </message>
    <message>
        <source>Add a written form of the name</source>
        <translation>Атының жазылу нұсқасын қосу</translation>
    </message>
    <message>
        <source>Suggest &amp;Latin</source>
        <translation>&amp;Латынша ұсыну</translation>
    </message>
    <message>
        <source>Suggest the Latin form from the Cyrillic one</source>
        <translation>Кириллицадағы жазылуы бойынша латынша нұсқасын ұсыну</translation>
    </message>
    <message>
        <source>Writes the Cyrillic name in the Kazakh Latin alphabet into empty Latin fields. Check it against the passport.</source>
        <translation>Кириллицамен жазылған атты қазақ латын әліпбиімен бос латын өрістеріне жазады. Паспортпен салыстырып тексеріңіз.</translation>
    </message>
    <message>
        <source>Remove this written form</source>
        <translation>Осы жазылу нұсқасын жою</translation>
    </message>
    <message>
        <source>Script of written form {n}</source>
        <translation>Жазылу нұсқасы № {n}: жазуы</translation>
    </message>
    <message>
        <source>Surname, written form {n}</source>
        <translation>Жазылу нұсқасы № {n}: тегі</translation>
    </message>
    <message>
        <source>Given names, written form {n}</source>
        <translation>Жазылу нұсқасы № {n}: аты</translation>
    </message>
    <message>
        <source>Patronymic, written form {n}</source>
        <translation>Жазылу нұсқасы № {n}: әкесінің аты</translation>
    </message>
    <message>
        <source>Use of written form {n}</source>
        <translation>Жазылу нұсқасы № {n}: қолданылуы</translation>
    </message>
    <message>
        <source>Remove written form {n}</source>
        <translation>Жазылу нұсқасы № {n}: жою</translation>
    </message>
    <message>
        <source>Written form {n}: {message}</source>
        <translation>Жазылу нұсқасы № {n}: {message}</translation>
    </message>
</context>
<context>
    <name>NewPetitionDialog</name>
    <message>
        <source>(a relative in that case)</source>
        <translation>(сол істе отбасы мүшесі ретінде көрсетілген)</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>Жаңа өтінішхат</translation>
    </message>
    <message>
        <source>Names, as written in each script</source>
        <translation>Есімдердің әр әліпбидегі жазылуы</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Өтінішхат</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>&amp;Arrived in Kazakhstan:</source>
        <translation>&amp;Қазақстанға келген күні:</translation>
    </message>
    <message>
        <source>Registered o&amp;n:</source>
        <translation>Тіркелген &amp;күні:</translation>
    </message>
    <message>
        <source>Petition &amp;written in:</source>
        <translation>Өтінішхат т&amp;ілі:</translation>
    </message>
    <message>
        <source>Letters to the applicant in:</source>
        <translation>Өтініш берушіге жіберілетін хаттардың тілі:</translation>
    </message>
    <message>
        <source>Identity document shown (optional)</source>
        <translation>Көрсетілген жеке басын куәландыратын құжат (міндетті емес)</translation>
    </message>
    <message>
        <source>e.g. E12345678</source>
        <translation>мысалы, E12345678</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>мысалы, CHN</translation>
    </message>
    <message>
        <source>Document t&amp;ype:</source>
        <translation>Құжат тү&amp;рі:</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>Құжат &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Issuing countr&amp;y:</source>
        <translation>Құжатты берген &amp;ел:</translation>
    </message>
    <message>
        <source>Type of the identity document</source>
        <translation>Жеке басын куәландыратын құжаттың түрі</translation>
    </message>
    <message>
        <source>Number of the identity document</source>
        <translation>Жеке басын куәландыратын құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Country that issued the identity document</source>
        <translation>Жеке басын куәландыратын құжатты берген ел</translation>
    </message>
    <message>
        <source>Checking whether this person is registered already…</source>
        <translation>Бұл адамның бұрын тіркелген-тіркелмегені тексерілуде…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Register the petition</source>
        <translation>Өтінішхатты тіркеу</translation>
    </message>
    <message>
        <source>Cancel the new petition</source>
        <translation>Жаңа өтінішхатты тіркеуді болдырмау</translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may be registered already.&lt;/b&gt; Compare the cases below with the person in front of you before registering a new petition.</source>
        <translation>&lt;b&gt;Бұл адам бұрын тіркелген болуы мүмкін.&lt;/b&gt; Жаңа өтінішхатты тіркемес бұрын төмендегі істерді алдыңыздағы адаммен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Сәйкестіктер</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Есімдер</translation>
    </message>
    <message>
        <source>Cases that may be this person</source>
        <translation>Осы адамға қатысты болуы мүмкін істер</translation>
    </message>
    <message>
        <source>&amp;Open that case</source>
        <translation>Сол істі &amp;ашу</translation>
    </message>
    <message>
        <source>Open the selected case instead</source>
        <translation>Тіркеудің орнына таңдалған істі ашу</translation>
    </message>
    <message>
        <source>It is a different person — re&amp;gister</source>
        <translation>&amp;Бұл басқа адам — тіркеу</translation>
    </message>
    <message>
        <source>It is a different person: register the petition</source>
        <translation>Бұл басқа адам: өтінішхатты тіркеу</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Нысанға &amp;оралу</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Нысанға оралу</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Өтінішхат тіркелмеді</translation>
    </message>
    <message>
        <source>new petition</source>
        <translation>жаңа өтінішхат</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Decision of {date}: {outcome} ({basis}).</source>
        <translation>Шешім ({date}): {outcome} ({basis}).</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Табыс етілгенін белгілеу</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Табыс етілген күн</translation>
    </message>
    <message>
        <source>Way served</source>
        <translation>Табыс ету тәсілі</translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation>Табыс етілген &amp;күн:</translation>
    </message>
    <message>
        <source>&amp;Way served:</source>
        <translation>Табыс ету &amp;тәсілі:</translation>
    </message>
    <message>
        <source>Record that the decision was served on {date} ({how})? The case becomes “{status}”.</source>
        <translation>Шешім табыс етілді деп белгілейсіз бе? Табыс етілген күн: {date} ({how}). Іс «{status}» күйіне ауысады.</translation>
    </message>
    <message>
        <source>The period for an appeal runs from this date.</source>
        <translation>Шағымдану мерзімі осы күннен бастап есептеледі.</translation>
    </message>
    <message>
        <source>Notification recorded. The applicant may appeal until {date}.</source>
        <translation>Табыс ету белгіленді. Өтініш беруші шағым бере алатын соңғы күн: {date}.</translation>
    </message>
    <message>
        <source>Notification recorded. Refugee status is valid until {date}.</source>
        <translation>Табыс ету белгіленді. Босқын мәртебесінің қолданылу мерзімі аяқталатын күн: {date}.</translation>
    </message>
    <message>
        <source>Notification recorded.</source>
        <translation>Табыс ету белгіленді.</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Family member {n}</source>
        <extracomment>Lists of records in a case document: the prefix of their fields in ``messages.FIELD_LABELS`` and what one record is called ({n}: its place, from 1).</extracomment>
        <translation>№ {n} отбасы мүшесі</translation>
    </message>
    <message>
        <source>Identity document {n}</source>
        <translation>№ {n} жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Entry record {n}</source>
        <translation>№ {n} шекарадан өту</translation>
    </message>
    <message>
        <source>Criminal proceeding {n}</source>
        <translation>№ {n} қылмыстық іс</translation>
    </message>
    <message>
        <source>Court ruling {n}</source>
        <translation>№ {n} сот шешімі</translation>
    </message>
    <message>
        <source>Representative {n}</source>
        <translation>№ {n} өкіл</translation>
    </message>
    <message>
        <source>Interview {n}</source>
        <translation>№ {n} әңгімелесу</translation>
    </message>
    <message>
        <source>Question and answer {n}</source>
        <translation>№ {n} сұрақ пен жауап</translation>
    </message>
    <message>
        <source>Incident {n}</source>
        <translation>№ {n} қудалау жағдайы</translation>
    </message>
    <message>
        <source>Evidence {n}</source>
        <translation>№ {n} дәлелдеме</translation>
    </message>
    <message>
        <source>Assessment {n}</source>
        <translation>№ {n} қорытынды</translation>
    </message>
    <message>
        <source>Ground {n}</source>
        <translation>№ {n} негіз</translation>
    </message>
    <message>
        <source>Approval step {n}</source>
        <translation>№ {n} бекіту кезеңі</translation>
    </message>
    <message>
        <source>Decision {n}</source>
        <translation>№ {n} шешім</translation>
    </message>
    <message>
        <source>Notification {n}</source>
        <translation>№ {n} табыс ету туралы белгі</translation>
    </message>
    <message>
        <source>Certificate {n}</source>
        <translation>№ {n} куәлік</translation>
    </message>
    <message>
        <source>Extension application {n}</source>
        <translation>№ {n} ұзарту туралы өтініш</translation>
    </message>
    <message>
        <source>End of status {n}</source>
        <translation>№ {n} мәртебе қолданылуының тоқтауы</translation>
    </message>
    <message>
        <source>Appeal {n}</source>
        <translation>№ {n} шағым</translation>
    </message>
    <message>
        <source>Closure {n}</source>
        <translation>№ {n} істі жабу</translation>
    </message>
    <message>
        <source>Case status</source>
        <extracomment>Fields of a case document that ``FIELD_LABELS`` has no label for (it names the fields of forms; these are kept by Pana itself).</extracomment>
        <translation>Істің күйі</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Decision due on</source>
        <translation>Шешім қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Reason for extending the deadline</source>
        <translation>Мерзімді ұзарту себебі</translation>
    </message>
    <message>
        <source>Status valid from</source>
        <translation>Мәртебенің қолданылу мерзімі басталатын күн</translation>
    </message>
    <message>
        <source>Status valid until</source>
        <translation>Мәртебенің қолданылу мерзімі аяқталатын күн</translation>
    </message>
    <message>
        <source>Time to appeal ends</source>
        <translation>Шағымдану мерзімі</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Жабу себебі</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Өтініш берушінің уәждері</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім алынды</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Келісім алынған күн</translation>
    </message>
    <message>
        <source>Included in the petition</source>
        <translation>Өтінішхатқа енгізілген</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Түпнұсқа көрсетілді</translation>
    </message>
    <message>
        <source>Name {n}</source>
        <extracomment>Stored values shown through the vocabulary (the last key of the path). Keys that are bookkeeping, not content: left out when a whole record is shown. A value is shown up to this long; the rest is cut with &quot;…&quot; (a narrative pasted whole).</extracomment>
        <translation>Жазылу нұсқасы {n}</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Іс толығымен</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(жойылған)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Pana exchange files (*.pana);;All files (*)</source>
        <extracomment>QSettings: the folder files were last written to or read from, and the server address. Files this big are not read at all (``sealed`` refuses them anyway). At most this many of the officer&apos;s cases are listed to choose from.</extracomment>
        <translation>Pana алмасу файлдары (*.pana);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>no cases held</source>
        <translation>іс жоқ</translation>
    </message>
    <message>
        <source>Laptop of “{office}”: {details}</source>
        <translation>«{office}» кеңсесінің ноутбугі: {details}</translation>
    </message>
    <message>
        <source>“{file}” is larger than any file the office or a laptop writes; choose the file Pana wrote.</source>
        <translation>«{file}» файлы кеңсе немесе ноутбук жазатын кез келген файлдан үлкен; Pana жазған файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>“{file}” could not be read: {reason}</source>
        <translation>«{file}» файлын оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Offline work</source>
        <translation>Желіден тыс жұмыс</translation>
    </message>
    <message>
        <source>Pana is working on the commission server here. Cases are taken offline on a laptop that works on its own data folder.</source>
        <translation>Мұнда Pana комиссия серверінде жұмыс істеп тұр. Желіден тыс жұмыс үшін істер өз деректер қалтасымен жұмыс істейтін ноутбукке беріледі.</translation>
    </message>
    <message>
        <source>No cases came with this package from “{office}”.</source>
        <translation>Бұл пакетпен «{office}» кеңсесінен ешбір іс келмеді.</translation>
    </message>
    <message>
        <source>Bring them back by {date}: check them in to the server, or write the check-in file (Offline → Write the check-in file…) and take it to the office.</source>
        <translation>Істерді қайтару мерзімі: {date}. Оларды серверге қайтарыңыз немесе қайтару файлын жазып («Желіден тыс» → «Қайтару файлын жазу…»), оны кеңсеге апарыңыз.</translation>
    </message>
    <message>
        <source>The receipt handed nothing back: this laptop still holds its cases.</source>
        <translation>Қабылдау түбіртегі бойынша ештеңе қайтарылмады: істер әлі де осы ноутбукте.</translation>
    </message>
    <message>
        <source>No data of these cases is left on this laptop.</source>
        <translation>Бұл істердің деректері осы ноутбукте қалмады.</translation>
    </message>
    <message>
        <source>Ask the office for cases</source>
        <translation>Кеңседен істерді сұрау</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>Сұрау файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The request was written to “{file}”. Take it to the office (it holds no case data and no secret).

When the office reads it, they see this laptop&apos;s fingerprint. Read it to them, and check that it is the same:

{fingerprint}</source>
        <translation>Сұрау файлы жазылды: «{file}». Оны кеңсеге апарыңыз (онда іс деректері де, құпия ештеңе де жоқ).

Кеңседе бұл файлды оқығанда осы ноутбуктің бақылау коды көрсетіледі. Кодты кеңсе қызметкерлеріне оқып беріңіз және оның бірдей екенін тексеріңіз:

{fingerprint}</translation>
    </message>
    <message>
        <source>Take the cases in</source>
        <translation>Істерді қабылдау</translation>
    </message>
    <message>
        <source>Choose the check-out package from the office</source>
        <translation>Кеңседен келген беру пакетін таңдаңыз</translation>
    </message>
    <message>
        <source>Taking the cases in…</source>
        <translation>Істер қабылдануда…</translation>
    </message>
    <message>
        <source>Write the check-in file</source>
        <translation>Қайтару файлын жазу</translation>
    </message>
    <message>
        <source>The check-in file was written to “{file}”.</source>
        <translation>Қайтару файлы жазылды: «{file}».</translation>
    </message>
    <message>
        <source>Take it to the office. The cases stay on this laptop until you take the office&apos;s receipt (Offline → Take the receipt…); only then are they removed from here.</source>
        <translation>Оны кеңсеге апарыңыз. Кеңседен берілген қабылдау түбіртегін жүктемейінше («Желіден тыс» → «Қабылдау түбіртегін жүктеу…») істер осы ноутбукте қалады; тек содан кейін олар осы жерден жойылады.</translation>
    </message>
    <message>
        <source>Writing the check-in file…</source>
        <translation>Қайтару файлы жазылуда…</translation>
    </message>
    <message>
        <source>Take the receipt</source>
        <translation>Қабылдау түбіртегін жүктеу</translation>
    </message>
    <message>
        <source>Choose the receipt from the office</source>
        <translation>Кеңседен келген қабылдау түбіртегін таңдаңыз</translation>
    </message>
    <message>
        <source>Taking the receipt…</source>
        <translation>Қабылдау түбіртегі жүктелуде…</translation>
    </message>
    <message>
        <source>This laptop works with the office “{office}”, not with this server: it takes cases from that office only. Nothing was checked out.</source>
        <translation>Бұл ноутбук осы сервермен емес, «{office}» кеңсесімен жұмыс істейді: ол істерді тек сол кеңседен алады. Ешбір іс ноутбукке берілмеді.</translation>
    </message>
    <message>
        <source>The server checked the cases out, but this laptop could not take them in: {problem}

Save the package and take it in with Offline → Take cases in…, or ask a supervisor to release the cases at the office.</source>
        <translation>Сервер істерді ноутбукке берді, бірақ бұл ноутбук оларды қабылдай алмады: {problem}

Пакетті сақтап, оны «Желіден тыс» → «Істерді қабылдау…» арқылы қабылдаңыз немесе кеңседегі басшыдан істерді қайтарып алуды сұраңыз.</translation>
    </message>
    <message>
        <source>The server took the cases in, but this laptop could not take its receipt: {problem}

Save the receipt and take it with Offline → Take the receipt…; until then the cases stay on this laptop.</source>
        <translation>Сервер істерді қайтарып қабылдады, бірақ бұл ноутбук қабылдау түбіртегін жүктей алмады: {problem}

Түбіртекті сақтап, оны «Желіден тыс» → «Қабылдау түбіртегін жүктеу…» арқылы жүктеңіз; оған дейін істер осы ноутбукте қалады.</translation>
    </message>
    <message>
        <source>Check cases in to the server</source>
        <translation>Істерді серверге қайтару</translation>
    </message>
    <message>
        <source>This laptop holds no checked-out cases: there is nothing to check in.</source>
        <translation>Бұл ноутбукке берілген істер жоқ: қайтаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>&amp;Ask for cases…</source>
        <extracomment>(object name, label, function); None is a separator.</extracomment>
        <translation>&amp;Істерді сұрау…</translation>
    </message>
    <message>
        <source>&amp;Take cases in…</source>
        <translation>Істерді &amp;қабылдау…</translation>
    </message>
    <message>
        <source>&amp;Write the check-in file…</source>
        <translation>Қайтару &amp;файлын жазу…</translation>
    </message>
    <message>
        <source>Take the &amp;receipt…</source>
        <translation>Қабылдау &amp;түбіртегін жүктеу…</translation>
    </message>
    <message>
        <source>Check &amp;out from the server…</source>
        <translation>Істерді серверден ноутбукке &amp;беру…</translation>
    </message>
    <message>
        <source>Check &amp;in to the server…</source>
        <translation>Істерді &amp;серверге қайтару…</translation>
    </message>
    <message>
        <source>Pana exchange files (*.pana)</source>
        <extracomment>A laptop&apos;s request file is a few hundred bytes of JSON; anything much larger is not one. The return date offered: two weeks from today.</extracomment>
        <translation>Pana алмасу файлдары (*.pana)</translation>
    </message>
    <message>
        <source>Nothing was changed: try again once this is solved.</source>
        <translation>Ештеңе өзгертілмеді: мәселе шешілгеннен кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ноутбукке берілген</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Осы ноутбукте</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылған</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Қайтарып алынған</translation>
    </message>
    <message>
        <source>Checked out to the laptop “{device}” of {user} until {until}: read only here until it is checked in or released.</source>
        <translation>Іс {user} пайдаланушысының «{device}» ноутбугіне берілген, қайтару мерзімі: {until}. Іс қайтарылғанша немесе қайтарып алынғанша мұнда тек оқуға болады.</translation>
    </message>
    <message>
        <source>Checked out to the laptop “{device}” of {user}; it was due back on {until}: read only here until it is checked in or released.</source>
        <translation>Іс {user} пайдаланушысының «{device}» ноутбугіне берілген; оны қайтару мерзімі өтті: {until}. Іс қайтарылғанша немесе қайтарып алынғанша мұнда тек оқуға болады.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enable “{user}”</source>
        <translation>«{user}» тіркелгісін іске қосу</translation>
    </message>
    <message>
        <source>New password for “{user}”</source>
        <translation>«{user}» үшін жаңа құпиясөз</translation>
    </message>
    <message>
        <source>The account can log in again with the password you set here. Tell it to the user in person.</source>
        <translation>Осы жерде белгіленген құпиясөзбен тіркелгіге қайта кіруге болады. Құпиясөзді пайдаланушыға жеке өзіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The old password stops working at once. Tell the new one to the user in person.</source>
        <translation>Ескі құпиясөз бірден жарамсыз болады. Жаңасын пайдаланушыға жеке өзіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Жаңа &amp;құпиясөз:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>Кемінде %Ln таңба.</numerusform>
            <numerusform>Кемінде %Ln таңба.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Қа&amp;йталау:</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Жаңа құпиясөзді қайталау</translation>
    </message>
    <message>
        <source>the two passwords differ.</source>
        <translation>екі құпиясөз сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Ағымдағы бет</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Көрсететін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>The preview could not be shown: the document is not a readable PDF.</source>
        <translation>Құжатты алдын ала көрсету мүмкін болмады: ол оқылатын PDF файлы емес.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Бет: {page} / {count}</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>registering a petition</source>
        <extracomment>What each action is called in a refusal (&quot;Your role (clerk) does not allow this action (drafting an assessment).&quot;).</extracomment>
        <translation>өтінішхатты тіркеу</translation>
    </message>
    <message>
        <source>changing the case file</source>
        <translation>іске өзгерістер енгізу</translation>
    </message>
    <message>
        <source>assigning an officer</source>
        <translation>іске маман тағайындау</translation>
    </message>
    <message>
        <source>changing the claim</source>
        <translation>өтініш берушінің уәждерін өзгерту</translation>
    </message>
    <message>
        <source>recording an interview</source>
        <translation>әңгімелесу хаттамасын енгізу</translation>
    </message>
    <message>
        <source>attaching evidence</source>
        <translation>дәлелдемелерді қоса тіркеу</translation>
    </message>
    <message>
        <source>seeing the list of cases</source>
        <translation>істер тізімін қарау</translation>
    </message>
    <message>
        <source>seeing the applicant&apos;s identity</source>
        <translation>өтініш берушінің жеке басы туралы мәліметтерді қарау</translation>
    </message>
    <message>
        <source>seeing the claim, interviews and evidence</source>
        <translation>уәждерді, әңгімелесулерді және дәлелдемелерді қарау</translation>
    </message>
    <message>
        <source>drafting an assessment</source>
        <translation>қорытынды жобасын дайындау</translation>
    </message>
    <message>
        <source>issuing a refugee certificate</source>
        <translation>босқын куәлігін беру</translation>
    </message>
    <message>
        <source>renewing an asylum-seeker certificate</source>
        <translation>пана іздеген адамның куәлігін ұзарту</translation>
    </message>
    <message>
        <source>printing documents</source>
        <translation>құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>voiding or replacing a printed document</source>
        <translation>басып шығарылған құжаттың күшін жою немесе оны ауыстыру</translation>
    </message>
    <message>
        <source>checking a certificate</source>
        <translation>куәлікті тексеру</translation>
    </message>
    <message>
        <source>managing users</source>
        <translation>пайдаланушыларды басқару</translation>
    </message>
    <message>
        <source>changing the settings</source>
        <translation>баптауларды өзгерту</translation>
    </message>
    <message>
        <source>managing representatives and interpreters</source>
        <translation>өкілдер мен аудармашылардың тізімін жүргізу</translation>
    </message>
    <message>
        <source>importing cases</source>
        <translation>істерді импорттау</translation>
    </message>
    <message>
        <source>exporting cases</source>
        <translation>істерді экспорттау</translation>
    </message>
    <message>
        <source>making and restoring backups</source>
        <translation>сақтық көшірмелерді жасау және қалпына келтіру</translation>
    </message>
    <message>
        <source>seeing the audit log</source>
        <translation>аудит журналын қарау</translation>
    </message>
    <message>
        <source>seeing the statistics</source>
        <translation>статистиканы қарау</translation>
    </message>
    <message>
        <source>checking cases out to a laptop and in again</source>
        <translation>істерді ноутбукке беру және ноутбуктен қайтару</translation>
    </message>
    <message>
        <source>releasing a checked-out case</source>
        <translation>ноутбукке берілген істі қайтарып алу</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>e.g. 1990-05-17</source>
        <extracomment>As ``cases.set_photo`` stores it. A photo larger than a good camera&apos;s is refused before it is decoded.</extracomment>
        <translation>мысалы, 1990-05-17</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>мысалы, CHN</translation>
    </message>
    <message>
        <source>State&amp;less (no citizenship)</source>
        <translation>Азаматтығы жоқ а&amp;дам</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Азаматтығы жоқ адам</translation>
    </message>
    <message>
        <source>e.g. kk, zh</source>
        <translation>мысалы, kk, zh</translation>
    </message>
    <message>
        <source>e.g. +7 701 123 4567</source>
        <translation>мысалы, +7 701 123 4567</translation>
    </message>
    <message>
        <source>Consent to data processing gi&amp;ven</source>
        <translation>Дербес деректерді өңдеуге &amp;келісім берілді</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Жын&amp;ысы:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Туған &amp;күні:</translation>
    </message>
    <message>
        <source>1990, 1990-05 or 1990-05-17; add ~ for an estimate (1990~).</source>
        <translation>1990, 1990-05 немесе 1990-05-17; болжамды күнге ~ қосыңыз (1990~).</translation>
    </message>
    <message>
        <source>Place of bi&amp;rth:</source>
        <translation>Туған ж&amp;ері:</translation>
    </message>
    <message>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Азаматтығы:</translation>
    </message>
    <message>
        <source>Three-letter country codes, separated by commas.</source>
        <translation>Елдердің үш әріпті кодтары, үтір арқылы.</translation>
    </message>
    <message>
        <source>Et&amp;hnicity:</source>
        <translation>&amp;Ұлты:</translation>
    </message>
    <message>
        <source>Religi&amp;on:</source>
        <translation>Діни &amp;сенімі:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>Ті&amp;лдері:</translation>
    </message>
    <message>
        <source>Two- or three-letter codes: kk, ru, zh, ug …</source>
        <translation>Екі немесе үш әріпті кодтар: kk, ru, zh, ug …</translation>
    </message>
    <message>
        <source>Contact and consent</source>
        <translation>Байланыс және келісім</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Электрондық пошта:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Интерфейс &amp;тілі:</translation>
    </message>
    <message>
        <source>Open windows change at once; nothing you have typed is lost. Pana opens in this language the next time you log in, on any computer.</source>
        <translation>Ашық терезелер бірден осы тілге ауысады; енгізген мәліметтеріңіз жоғалмайды. Келесі жолы жүйеге кіргенде Pana кез келген компьютерде осы тілде ашылады.</translation>
    </message>
    <message>
        <source>The data folder is read-only.</source>
        <translation>Деректер қалтасы тек оқуға арналған.</translation>
    </message>
    <message>
        <source>Language changed for now</source>
        <translation>Тіл осы сеанс үшін ғана өзгертілді</translation>
    </message>
    <message>
        <source>The interface language changed, but it could not be remembered for your account: {problem}</source>
        <translation>Интерфейс тілі өзгертілді, бірақ оны тіркелгіңіз үшін сақтау мүмкін болмады: {problem}</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <source>{document}: {what}</source>
        <extracomment>Typing in the register&apos;s search box waits this long before searching. The queue lists at most this many papers, the oldest first. Certificates ending this soon are shown in red.</extracomment>
        <translation>{document}: {what}</translation>
    </message>
    <message>
        <source>{document}, case {case}</source>
        <translation>{document}, іс № {case}</translation>
    </message>
    <message>
        <source>{label}

A reason is required.</source>
        <translation>{label}

Себебін көрсету міндетті.</translation>
    </message>
    <message>
        <source>VALID</source>
        <extracomment>(text colour, background) of each answer.</extracomment>
        <translation>ЖАРАМДЫ</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>АУЫСТЫРЫЛҒАН</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>КҮШІ ЖОЙЫЛҒАН</translation>
    </message>
    <message>
        <source>NOT GENUINE</source>
        <translation>ТҮПНҰСҚА ЕМЕС</translation>
    </message>
</context>
<context>
    <name>PrintDeskPage</name>
    <message>
        <source>Print desk</source>
        <translation>Құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>&amp;To print</source>
        <translation>Басып &amp;шығаруға</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Ті&amp;ркеу журналы</translation>
    </message>
    <message>
        <source>&amp;Expiring certificates</source>
        <translation>Мерзімі &amp;өтетін куәліктер</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>&amp;Куәлікті тексеру</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Дайын болған күн</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read (it is not a valid PDF).</source>
        <extracomment>The languages documents print in, in the order offered, by name (as the case file names them). Pages are rasterised at the printer&apos;s resolution, but no finer: an A4 page at 300 dpi is already 35 MB in memory, and text prints sharp at that.</extracomment>
        <translation>Құжатты оқу мүмкін болмады (ол жарамды PDF файлы емес).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <extracomment>Pana&apos;s documents are A4 (3508 pixels high at 300 dpi); a page of any other size is rendered no larger than this on its longer side.</extracomment>
        <translation>Принтерді іске қосу мүмкін болмады. Оның қосулы және жалғанған екенін тексеріңіз немесе басқа принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>Принтер беттерді қабылдауды тоқтатты.</translation>
    </message>
    <message>
        <source>The chosen pages are not in the document.</source>
        <translation>Таңдалған беттер құжатта жоқ.</translation>
    </message>
    <message>
        <source>“{file}” could not be written: {reason}</source>
        <extracomment>The printer chosen last in this session, offered again next time.</extracomment>
        <translation>«{file}» файлын жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Құжатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Save the documents as PDF in</source>
        <translation>Құжаттарды PDF ретінде сақтайтын қалта</translation>
    </message>
    <message>
        <source>of them duplicates: %Ln</source>
        <translation>оның ішінде телнұсқалар: %Ln</translation>
    </message>
    <message>
        <source>{what} — registered as {number} but not output: {reason} Reprint it from the register.</source>
        <translation>{what} — құжат тіркелді (тіркеу нөмірі: {number}), бірақ басып шығарылмады және файлға сақталмады: {reason} Оны тіркеу журналынан қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>{what} — {reason}</source>
        <translation>{what} — {reason}</translation>
    </message>
</context>
<context>
    <name>ProceedingDialog</name>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бабы</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Үкім шығарылған күн</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>Pre-trial detention (days)</source>
        <translation>Сотқа дейін күзетпен ұстау (күн)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Add a criminal proceeding</source>
        <translation>Қылмыстық істі қосу</translation>
    </message>
    <message>
        <source>Edit a criminal proceeding</source>
        <translation>Қылмыстық іс туралы мәліметтерді өңдеу</translation>
    </message>
    <message>
        <source>e.g. Zharkent district court</source>
        <translation>мысалы, Жаркент аудандық соты</translation>
    </message>
    <message>
        <source>e.g. 392 part 1</source>
        <translation>мысалы, 392-бап 1-бөлік</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Сот:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Бабы:</translation>
    </message>
    <message>
        <source>Article of the Criminal Code.</source>
        <translation>Қылмыстық кодекстің бабы.</translation>
    </message>
    <message>
        <source>&amp;Verdict on:</source>
        <translation>Үкім &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>&amp;Жаза:</translation>
    </message>
    <message>
        <source>&amp;Pre-trial detention:</source>
        <translation>Сотқа дейін күзетпен &amp;ұстау:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпелер:</translation>
    </message>
</context>
<context>
    <name>QAEntry</name>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answer, as interpreted</source>
        <translation>Жауап (аударма бойынша)</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Сұрақты жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Сұрақты төмен жылжыту</translation>
    </message>
    <message>
        <source>Remove this question and its answer</source>
        <translation>Сұрақты және оның жауабын жою</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>{n}-сұрақ</translation>
    </message>
    <message>
        <source>Answer {n}</source>
        <translation>{n}-жауап</translation>
    </message>
    <message>
        <source>Move question {n} up</source>
        <translation>{n}-сұрақты жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move question {n} down</source>
        <translation>{n}-сұрақты төмен жылжыту</translation>
    </message>
    <message>
        <source>Remove question {n}</source>
        <translation>{n}-сұрақты жою</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Құжаттардың тілі</translation>
    </message>
    <message>
        <source>Each case&apos;s language</source>
        <translation>Әр істің өз тілі</translation>
    </message>
    <message>
        <source>Print in each case&apos;s language, or in this one</source>
        <translation>Әр құжатты өз ісінің тілінде немесе осы тілде басып шығару</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Кезекті жаңарту</translation>
    </message>
    <message>
        <source>Load the queue again (F5)</source>
        <translation>Кезекті қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Documents waiting to be printed</source>
        <translation>Басып шығаруды күтіп тұрған құжаттар</translation>
    </message>
    <message>
        <source>Select a document to preview it.</source>
        <translation>Алдын ала қарау үшін құжатты таңдаңыз.</translation>
    </message>
    <message>
        <source>Pr&amp;int selected…</source>
        <translation>Таңдалғандарды &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save selected as PDF…</source>
        <translation>Таңдалғандарды PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <source>Preview the selected document</source>
        <translation>Таңдалған құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Show the selected document as it will print (not registered)</source>
        <translation>Таңдалған құжатты басып шығарылатын түрінде көрсету (тіркелмейді)</translation>
    </message>
    <message>
        <source>Print the selected documents</source>
        <translation>Таңдалған құжаттарды басып шығару</translation>
    </message>
    <message>
        <source>Register and print the selected documents (Ctrl+P)</source>
        <translation>Таңдалған құжаттарды тіркеу және басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the selected documents as PDF</source>
        <translation>Таңдалған құжаттарды PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Register the selected documents and save each as a PDF file named after its register number (Ctrl+Shift+S)</source>
        <translation>Таңдалған құжаттарды тіркеу және әрқайсысын тіркеу нөмірімен аталған PDF файлы ретінде сақтау (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>Nothing is waiting to be printed.</source>
        <translation>Басып шығаруды күтіп тұрған құжат жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be printed: %Ln</source>
        <translation>
            <numerusform>Басып шығаруды күтуде: %Ln</numerusform>
            <numerusform>Басып шығаруды күтуде: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>the {limit} oldest are listed; print them and refresh for the next</source>
        <translation>ең ескі {limit} құжат көрсетілген; оларды басып шығарып, келесілерін көру үшін тізімді жаңартыңыз</translation>
    </message>
    <message numerus="yes">
        <source>selected: %Ln</source>
        <translation>
            <numerusform>таңдалды: %Ln</numerusform>
            <numerusform>таңдалды: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Алдын ала қарауды дайындау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Қалта: {folder}</translation>
    </message>
    <message>
        <source>Documents saved</source>
        <translation>Құжаттар сақталды</translation>
    </message>
    <message>
        <source>Documents printed</source>
        <translation>Құжаттар басып шығарылды</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Removed meanwhile</source>
        <translation>Жазба жойылған</translation>
    </message>
    <message>
        <source>Somebody removed this record after you opened it. Your changes were not saved.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін оны басқа біреу жойды. Өзгертулеріңіз сақталмады.</translation>
    </message>
</context>
<context>
    <name>RecordGroup</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>Add to {what}</source>
        <translation>Қосу: {what}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
    <message>
        <source>Edit the selected entry of {what}</source>
        <translation>Таңдалған жазбаны өңдеу: {what}</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Remove the selected entry of {what}</source>
        <translation>Таңдалған жазбаны жою: {what}</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ештеңе жазылмаған.</translation>
    </message>
    <message>
        <source>Remove from the case file</source>
        <translation>Істен жою</translation>
    </message>
    <message>
        <source>Remove {what} from the case file? The history keeps a record of it.</source>
        <translation>{what} істен жойылсын ба? Бұл туралы жазба тарихта сақталады.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Жойылмады</translation>
    </message>
    <message>
        <source>Somebody changed this entry after you opened the case file, so nothing was removed. Look at the saved version and remove it again if it should go.</source>
        <translation>Сіз істі ашқаннан кейін біреу бұл жазбаны өзгертті, сондықтан ештеңе жойылмады. Сақталған нұсқаны қарап шығыңыз да, оны әлі де жою керек болса, қайтадан жойыңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Find by register, case or certificate number</source>
        <translation>Тіркеу нөмірі, іс нөмірі немесе куәлік нөмірі бойынша іздеу</translation>
    </message>
    <message>
        <source>Register, case or certificate number…</source>
        <translation>Тіркеу нөмірі, іс немесе куәлік нөмірі…</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Құжат түрі</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <source>Refresh the register</source>
        <translation>Журналды жаңарту</translation>
    </message>
    <message>
        <source>Load the register again (F5)</source>
        <translation>Журналды қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Берілген құжаттарды тіркеу журналы</translation>
    </message>
    <message>
        <source>Repr&amp;int (duplicate)…</source>
        <translation>Телнұсқаны &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Print a duplicate of the selected document</source>
        <translation>Таңдалған құжаттың телнұсқасын басып шығару</translation>
    </message>
    <message>
        <source>Print or save a copy marked “duplicate”; the reprint is registered</source>
        <translation>«Телнұсқа» деп белгіленген көшірмені басып шығару немесе сақтау; қайта басып шығару журналда тіркеледі</translation>
    </message>
    <message>
        <source>Record hand-&amp;over…</source>
        <translation>&amp;Табыс етілгенін белгілеу…</translation>
    </message>
    <message>
        <source>Record to whom the document was handed over</source>
        <translation>Құжаттың кімге табыс етілгенін белгілеу</translation>
    </message>
    <message>
        <source>Voi&amp;d…</source>
        <translation>&amp;Күшін жою…</translation>
    </message>
    <message>
        <source>Void the selected document</source>
        <translation>Таңдалған құжаттың күшін жою</translation>
    </message>
    <message>
        <source>Void a paper issued in error; a certificate on it is voided too</source>
        <translation>Қате берілген құжаттың күшін жою; ондағы куәліктің де күші жойылады</translation>
    </message>
    <message>
        <source>Rep&amp;lace certificate…</source>
        <translation>Куәлікті &amp;ауыстыру…</translation>
    </message>
    <message>
        <source>Replace a lost or damaged certificate</source>
        <translation>Жоғалған немесе бүлінген куәлікті ауыстыру</translation>
    </message>
    <message>
        <source>Issue a new certificate number in place of the selected one</source>
        <translation>Таңдалған куәліктің орнына жаңа нөмірлі куәлік беру</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Тіркеу журналын экспорттау</translation>
    </message>
    <message>
        <source>Save every document the search and type select as an Excel or CSV file (Ctrl+E)</source>
        <translation>Іздеу мен құжат түрі бойынша іріктелген барлық құжатты Excel немесе CSV файлы ретінде сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <source>{name}, {date}</source>
        <translation>{name}, {date}</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>{state} — {certificate}</source>
        <translation>{state} — {certificate}</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Күшін жою себебі: {reason}</translation>
    </message>
    <message>
        <source>Certificate {certificate}: {state}</source>
        <translation>Куәлік {certificate}: {state}</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Сәйкес құжат жоқ.</translation>
    </message>
    <message>
        <source>No document has been issued yet.</source>
        <translation>Әзірге бірде-бір құжат берілмеген.</translation>
    </message>
    <message>
        <source>The newest {count} documents; search to find older ones.</source>
        <translation>Соңғы {count} құжат көрсетілді; ертеректегі құжаттарды іздеу арқылы табыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %Ln</source>
        <translation>
            <numerusform>Құжаттар: %Ln</numerusform>
            <numerusform>Құжаттар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Қайта басып шығару</translation>
    </message>
    <message>
        <source>Make a duplicate of {number} ({document}, case {case})? The copy is marked “duplicate” and registered under a number of its own.</source>
        <translation>{number} құжатының ({document}, іс {case}) телнұсқасын жасайсыз ба? Көшірмеге «телнұсқа» деген белгі қойылып, ол жеке нөмірмен тіркеледі.</translation>
    </message>
    <message>
        <source>&amp;Print the duplicate…</source>
        <translation>Телнұсқаны &amp;басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Save the duplicate as PDF…</source>
        <translation>Телнұсқаны PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Hand-over of {number} recorded.</source>
        <translation>{number} құжатының табыс етілгені белгіленді.</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>{number} құжатының күшін жою</translation>
    </message>
    <message>
        <source>Why is this document void?</source>
        <translation>Құжаттың күші қандай себеппен жойылады?</translation>
    </message>
    <message>
        <source>Void {number} ({document}, case {case}) — this cannot be undone.</source>
        <translation>{number} құжатының ({document}, іс {case}) күші жойылады — бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Certificate {certificate} printed on it is voided too, with every other copy of it: it will no longer verify as valid.</source>
        <translation>Онда басылған {certificate} куәлігінің де, оның барлық көшірмелерінің де күші жойылады: тексеру кезінде ол бұдан былай жарамды деп танылмайды.</translation>
    </message>
    <message>
        <source>Void the document</source>
        <translation>Құжаттың күшін жою</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Құжаттың күші жойылмады</translation>
    </message>
    <message>
        <source>{number} is void.</source>
        <translation>{number} құжатының күші жойылды.</translation>
    </message>
    <message>
        <source>Replace certificate {number}</source>
        <translation>{number} куәлігін ауыстыру</translation>
    </message>
    <message>
        <source>Why is the certificate replaced (lost, stolen, damaged…)?</source>
        <translation>Куәлік не себепті ауыстырылады (жоғалған, ұрланған, бүлінген…)?</translation>
    </message>
    <message>
        <source>Replace certificate</source>
        <translation>Куәлікті ауыстыру</translation>
    </message>
    <message>
        <source>Replace certificate {number} (case {case})? It is marked replaced and will no longer verify as valid; a new certificate number is issued with the same validity — this cannot be undone.</source>
        <translation>{number} куәлігін (іс {case}) ауыстырасыз ба? Ол ауыстырылған деп белгіленеді және тексеру кезінде бұдан былай жарамды деп танылмайды; қолданылу мерзімі сол күйінде қалатын жаңа нөмірлі куәлік беріледі — бұл әрекетті кері қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Replace and &amp;print…</source>
        <translation>Ауыстырып, &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Replace and &amp;save as PDF…</source>
        <translation>Ауыстырып, PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Тіркелуде…</translation>
    </message>
    <message>
        <source>Registered as {number}, but not saved.</source>
        <translation>{number} нөмірімен тіркелді, бірақ сақталмады.</translation>
    </message>
    <message>
        <source>Registered as {number} and saved as “{file}”.</source>
        <translation>{number} нөмірімен тіркеліп, «{file}» файлы ретінде сақталды.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… rows written: %Ln</source>
        <translation>
            <numerusform>Экспорттау… жазылған жолдар: %Ln</numerusform>
            <numerusform>Экспорттау… жазылған жолдар: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered as {number} and sent to the printer.</source>
        <translation>{number} нөмірімен тіркеліп, басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search cases</source>
        <extracomment>The usual width of each column; wider when the heading needs it.</extracomment>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <source>Search by name in any script, case number or document number…</source>
        <translation>Аты-жөні (кез келген жазумен), іс нөмірі немесе құжат нөмірі бойынша іздеу…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Күйі бойынша сүзу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>Filter by officer</source>
        <translation>Маман бойынша сүзу</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Барлық мамандар</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Тіркелген күні (бастап)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>Тіркелген күні (дейін)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>Көрсетілген істерді экспорттау</translation>
    </message>
    <message>
        <source>Save the cases of the current search and filters as an Excel or CSV file (Ctrl+E)</source>
        <translation>Ағымдағы іздеу мен сүзгілерге сәйкес істерді Excel немесе CSV файлы ретінде сақтау (Ctrl+E)</translation>
    </message>
    <message>
        <source>No case matches this search.</source>
        <translation>Іздеуге сәйкес келетін іс жоқ.</translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation>Әзірге істер жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln matches; type more to narrow the search.</source>
        <translation>
            <numerusform>Алғашқы %Ln сәйкестік көрсетілді; іздеуді тарылту үшін мәтінді толықтырыңыз.</numerusform>
            <numerusform>Алғашқы %Ln сәйкестік көрсетілді; іздеуді тарылту үшін мәтінді толықтырыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %Ln</source>
        <translation>
            <numerusform>Істер: %Ln</numerusform>
            <numerusform>Істер: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first {limit} characters of what you pasted were searched.</source>
        <translation>Қойылған мәтіннің тек алғашқы {limit} таңбасы бойынша іздеу жүргізілді.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… rows written: %Ln</source>
        <translation>
            <numerusform>Экспорттау… жазылған жолдар: %Ln</numerusform>
            <numerusform>Экспорттау… жазылған жолдар: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release case {number}</source>
        <translation>{number} ісін ноутбуктен қайтарып алу</translation>
    </message>
    <message>
        <source>Case {number} is checked out to the laptop “{device}” of {user} until {until}. Released, it can be changed here again at once.

The laptop&apos;s work is not lost: when the laptop checks the case in later, its changes are still taken, and every value changed both there and here comes to the conflict screen for the officer to choose.</source>
        <translation>{number} ісі {user} пайдаланушысының «{device}» ноутбугіне берілген, қайтару мерзімі: {until}. Қайтарып алынғаннан кейін оны мұнда бірден қайта өзгертуге болады.

Ноутбукте атқарылған жұмыс жоғалмайды: ноутбук кейін істі қайтарғанда, ондағы өзгерістер бәрібір қабылданады, ал әрі онда, әрі мұнда өзгертілген әрбір мән қайшылықтар экранына шығады, маман солардың қайсысын қалдыруды таңдайды.</translation>
    </message>
    <message>
        <source>Why the case is released</source>
        <translation>Істі қайтарып алу себебі</translation>
    </message>
    <message>
        <source>e.g. the laptop was lost; an urgent decision</source>
        <translation>мысалы: ноутбук жоғалды; шұғыл шешім қабылдау қажет</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Қайтарып &amp;алу</translation>
    </message>
    <message>
        <source>Release the case</source>
        <translation>Істі қайтарып алу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancel: the case stays checked out</source>
        <translation>Болдырмау: іс ноутбукке берілген күйінде қалады</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>Істі қайта ашу</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <source>Why the case is reopened</source>
        <translation>Істі қайта ашу себебі</translation>
    </message>
    <message>
        <source>Reopened on</source>
        <translation>Қайта ашылған күн</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Required: the reason is kept in the history.</source>
        <translation>Міндетті: себебі іс тарихында сақталады.</translation>
    </message>
    <message>
        <source>Reopened o&amp;n:</source>
        <translation>Қайта ашылған &amp;күні:</translation>
    </message>
    <message>
        <source>Reopen the case? It goes back to “{status}”.</source>
        <translation>Істі қайта ашасыз ба? Іс «{status}» күйіне қайтады.</translation>
    </message>
    <message>
        <source>is required; please fill it in.</source>
        <translation>міндетті өріс; оны толтырыңыз.</translation>
    </message>
    <message>
        <source>The case is reopened and under assessment.</source>
        <translation>Іс қайта ашылды, қорытынды дайындалуда.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>Айлық есеп</translation>
    </message>
    <message>
        <source>What the report covers</source>
        <translation>Есеп кезеңі</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Есеп тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>Есеп &amp;кезеңі:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
</context>
<context>
    <name>RepresentativeSection</name>
    <message>
        <source>No representative is recorded for this case. Fill in the form to record one.</source>
        <translation>Бұл іс бойынша өкіл тіркелмеген. Өкілді тіркеу үшін нысанды толтырыңыз.</translation>
    </message>
    <message>
        <source>e.g. a bar association or legal clinic</source>
        <translation>мысалы, адвокаттар алқасы немесе заң клиникасы</translation>
    </message>
    <message>
        <source>e.g. +7 701 123 4567</source>
        <translation>мысалы, +7 701 123 4567</translation>
    </message>
    <message>
        <source>Power of attorney dated</source>
        <translation>Сенімхаттың күні</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Тегі, аты, әкесінің аты:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>&amp;Лицензия нөмірі:</translation>
    </message>
    <message>
        <source>A representative already known by this licence number is reused.</source>
        <translation>Осы лицензия нөмірімен бұрыннан тіркелген өкіл болса, оның жазбасы пайдаланылады.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Электрондық пошта:</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the representative</source>
        <translation>Өкіл туралы мәліметтерді сақтау</translation>
    </message>
    <message>
        <source>No representative is recorded for this case.</source>
        <translation>Бұл іс бойынша өкіл тіркелмеген.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер бар</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return with comments — {number}</source>
        <translation>Ескертулермен қайтару — {number}</translation>
    </message>
    <message>
        <source>The draft goes back to {drafter} for revision. Your comments stay in the history of the case.</source>
        <translation>Жоба пысықтау үшін оны дайындаған пайдаланушыға қайтарылады: {drafter}. Сіздің ескертулеріңіз істің тарихында сақталады.</translation>
    </message>
    <message>
        <source>&amp;Comments for the officer:</source>
        <translation>&amp;Маманға арналған ескертулер:</translation>
    </message>
    <message>
        <source>Comments for the officer</source>
        <translation>Маманға арналған ескертулер</translation>
    </message>
    <message>
        <source>&amp;Return to the officer</source>
        <translation>Маманға &amp;қайтару</translation>
    </message>
    <message>
        <source>Return the draft to the officer</source>
        <translation>Жобаны маманға қайтару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Cancel without returning</source>
        <translation>Жобаны қайтармай, терезені жабу</translation>
    </message>
    <message>
        <source>Write what the officer should revise: a draft is not returned without comments.</source>
        <translation>Маманның нені пысықтауы керек екенін жазыңыз: жоба ескертулерсіз қайтарылмайды.</translation>
    </message>
    <message>
        <source>Returning the draft…</source>
        <translation>Жоба қайтарылуда…</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>There is no drafted decision in this case.</source>
        <translation>Бұл істе шешімнің жобасы жоқ.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>таңдалмаған</translation>
    </message>
    <message>
        <source>Recommended decision</source>
        <translation>Ұсынылатын шешім</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім түрі</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Ұсынылатын шешім</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Жобаны дайындаған</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Бекітуге жіберілді</translation>
    </message>
    <message>
        <source>Internal consistency</source>
        <translation>Ішкі үйлесімділік</translation>
    </message>
    <message>
        <source>Consistency with country-of-origin information</source>
        <translation>Шыққан ел туралы ақпаратқа сәйкестік</translation>
    </message>
    <message>
        <source>Plausibility</source>
        <translation>Нанымдылық</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Өлшемшарт</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенцияда көзделген негіздер</translation>
    </message>
    <message>
        <source>No Convention ground was found to apply.</source>
        <translation>Конвенцияда көзделген негіздер анықталмады.</translation>
    </message>
    <message>
        <source>Well-founded fear</source>
        <translation>Негізді қауіп</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Мәртебе беруге жол бермейтін негіздер</translation>
    </message>
    <message>
        <source>Exclusion grounds apply.</source>
        <translation>Мәртебе беруге жол бермейтін негіздер бар.</translation>
    </message>
    <message>
        <source>No exclusion ground applies.</source>
        <translation>Мәртебе беруге жол бермейтін негіздер жоқ.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Шешімнің негіздемесі</translation>
    </message>
    <message>
        <source>No reasons were written.</source>
        <translation>Негіздеме жазылмаған.</translation>
    </message>
    <message>
        <source>Nothing has been submitted yet.</source>
        <translation>Әлі ештеңе бекітуге жіберілмеген.</translation>
    </message>
    <message>
        <source>Your role cannot see the claim.</source>
        <translation>Сіздің рөліңізге өтініш берушінің уәждерін көруге рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Өтініш берушінің уәждері</translation>
    </message>
    <message>
        <source>No claim has been recorded.</source>
        <translation>Өтініш берушінің уәждері енгізілмеген.</translation>
    </message>
    <message>
        <source>Persecuted by</source>
        <translation>Қудалау субъектісі</translation>
    </message>
    <message>
        <source>Grounds claimed</source>
        <translation>Мәлімделген негіздер</translation>
    </message>
    <message>
        <source>Incidents, in time order</source>
        <translation>Қудалау жағдайлары (хронологиялық ретпен)</translation>
    </message>
    <message>
        <source>No incidents have been recorded.</source>
        <translation>Қудалау жағдайлары енгізілмеген.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln күн</numerusform>
            <numerusform>%Ln күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s) linked</source>
        <translation>
            <numerusform>Байланысты дәлелдемелер: %Ln</numerusform>
            <numerusform>Байланысты дәлелдемелер: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role cannot see the interviews.</source>
        <translation>Сіздің рөліңізге әңгімелесулерді көруге рұқсат жоқ.</translation>
    </message>
    <message>
        <source>No interview has been recorded.</source>
        <translation>Әңгімелесулер енгізілмеген.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <source>Interview {n} — {status}</source>
        <translation>Әңгімелесу № {n} — {status}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Representative present</source>
        <translation>Өкілдің қатысуы</translation>
    </message>
    <message>
        <source>Read back to the applicant</source>
        <translation>Хаттама өтініш берушіге оқып берілді</translation>
    </message>
    <message>
        <source>Signed by the applicant</source>
        <translation>Өтініш беруші қол қойды</translation>
    </message>
    <message>
        <source>Demeanour:</source>
        <translation>Мінез-құлқы:</translation>
    </message>
    <message>
        <source>Your role cannot see the evidence.</source>
        <translation>Сіздің рөліңізге дәлелдемелерді көруге рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>No evidence has been attached.</source>
        <translation>Дәлелдемелер қоса тіркелмеген.</translation>
    </message>
    <message>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <source>added by {user}</source>
        <translation>қосқан: {user}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөзі</translation>
    </message>
    <message>
        <source>Linked to incidents</source>
        <translation>Байланысты қудалау жағдайлары</translation>
    </message>
    <message>
        <source>Applicant may see it</source>
        <translation>Өтініш берушіге көрсетуге болады</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстық қатынасы</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Қазіргі жері</translation>
    </message>
    <message>
        <source>In the petition</source>
        <translation>Өтінішхатта</translation>
    </message>
    <message>
        <source>Own case</source>
        <translation>Бөлек іс</translation>
    </message>
    <message>
        <source>No relatives have been recorded.</source>
        <translation>Туыстар енгізілмеген.</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Өткізу пунктінен тыс</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Өткізу пункті арқылы</translation>
    </message>
    <message>
        <source>Entry and border crossings</source>
        <translation>Елге келу және шекарадан өту</translation>
    </message>
    <message>
        <source>Crossed on</source>
        <translation>Өткен күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Өту тәсілі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қай елден</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>No border crossing has been recorded.</source>
        <translation>Шекарадан өту туралы мәлімет енгізілмеген.</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Қылмыстық істер</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Үкім күні</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Сотқа дейін күзетпен ұстау</translation>
    </message>
    <message>
        <source>No criminal proceeding has been recorded.</source>
        <translation>Қылмыстық істер туралы мәлімет енгізілмеген.</translation>
    </message>
    <message>
        <source>Court rulings on deportation</source>
        <translation>Шығарып жіберу туралы сот шешімдері</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Deportation barred</source>
        <translation>Шығарып жіберуге тыйым салынды</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>No court ruling has been recorded.</source>
        <translation>Сот шешімдері енгізілмеген.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review of the decision — {number} — Pana</source>
        <translation>Шешімді тексеру — {number} — Pana</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Бекіту…</translation>
    </message>
    <message>
        <source>Approve the decision</source>
        <translation>Шешімді бекіту</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Қайтару…</translation>
    </message>
    <message>
        <source>Return the draft with comments</source>
        <translation>Жобаны ескертулермен қайтару</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Тексеру терезесін жабу</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Draft decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Шешім жобасы&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The draft decision</source>
        <translation>Шешім жобасы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approval &amp;history&lt;/b&gt; (submissions, returns with comments, approvals)</source>
        <translation>&lt;b&gt;Бекіту &amp;тарихы&lt;/b&gt; (бекітуге жіберулер, ескертулермен қайтарулар, бекітулер)</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>Бекіту тарихы</translation>
    </message>
    <message>
        <source>What the draft rests on</source>
        <translation>Жоба негізделген материалдар</translation>
    </message>
    <message>
        <source>Claim and incidents</source>
        <translation>Уәждер және қудалау жағдайлары</translation>
    </message>
    <message>
        <source>Interview answers</source>
        <translation>Әңгімелесудегі жауаптар</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Дәлелдемелер</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасы</translation>
    </message>
    <message>
        <source>Entry and legal history</source>
        <translation>Елге келу және құқықтық тарих</translation>
    </message>
    <message>
        <source>C&amp;laim and incidents</source>
        <translation>&amp;Уәждер және қудалау жағдайлары</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Әңгімелесулер</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Дәлелдемелер</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Отбасы</translation>
    </message>
    <message>
        <source>Le&amp;gal history</source>
        <translation>Құқықтық т&amp;арих</translation>
    </message>
    <message>
        <source>&amp;Interviews ({n})</source>
        <translation>&amp;Әңгімелесулер ({n})</translation>
    </message>
    <message>
        <source>&amp;Evidence ({n})</source>
        <translation>&amp;Дәлелдемелер ({n})</translation>
    </message>
    <message>
        <source>&amp;Family ({n})</source>
        <translation>&amp;Отбасы ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {status}</translation>
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation>Маман: {officer}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Decision was due {date}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Шешім қабылдау мерзімі өтті: {date}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Decision due {date}</source>
        <translation>Шешім қабылдау мерзімі: {date}</translation>
    </message>
    <message>
        <source>This case has no decision waiting for approval (it is “{status}”).</source>
        <translation>Бұл іс бойынша бекітуді күтіп тұрған шешім жоқ (істің күйі: «{status}»).</translation>
    </message>
    <message>
        <source>You drafted this decision, so you cannot approve it: another supervisor must. You can still return it with comments.</source>
        <translation>Бұл шешімнің жобасын Сіз дайындадыңыз, сондықтан оны бекіте алмайсыз: оны басқа басшы бекітуі тиіс. Бірақ оны ескертулермен қайтаруға болады.</translation>
    </message>
    <message>
        <source>Your role cannot approve or return decisions.</source>
        <translation>Сіздің рөліңіз шешімдерді бекітуге немесе қайтаруға мүмкіндік бермейді.</translation>
    </message>
    <message>
        <source>Approve with your password</source>
        <translation>Құпиясөзді енгізіп бекіту</translation>
    </message>
    <message>
        <source>Case {number}: {kind}, recommended outcome “{outcome}”, legal basis {basis}.</source>
        <translation>Іс {number}: {kind}, ұсынылатын шешім — «{outcome}», құқықтық негіз — {basis}.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of “{user}”</source>
        <translation>«{user}» пайдаланушысының рөлі</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next login.</source>
        <translation>Жаңа рөл пайдаланушы келесі рет кіргенде күшіне енеді.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Жаңа рөл</translation>
    </message>
    <message>
        <source>this is already the user&apos;s role.</source>
        <translation>пайдаланушының қазіргі рөлі дәл осы.</translation>
    </message>
</context>
<context>
    <name>RulingDialog</name>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Сот шешімінің күні</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Сот ісінің нөмірі</translation>
    </message>
    <message>
        <source>Deportation barred</source>
        <translation>Шығарып жіберуге тыйым салынды</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>Add a court ruling</source>
        <translation>Сот шешімін қосу</translation>
    </message>
    <message>
        <source>Edit a court ruling</source>
        <translation>Сот шешімі туралы мәліметтерді өңдеу</translation>
    </message>
    <message>
        <source>case number at the court</source>
        <translation>сот ісінің нөмірі</translation>
    </message>
    <message>
        <source>The court &amp;barred deportation</source>
        <translation>Сот шығарып жіберуге &amp;тыйым салды</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Сот:</translation>
    </message>
    <message>
        <source>&amp;Ruled on:</source>
        <translation>Шешім &amp;күні:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Сот ісінің &amp;нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Қысқаша &amp;мазмұны:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule an interview — {number}</source>
        <translation>Әңгімелесуді тағайындау — {number}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Office, room, or detention facility</source>
        <translation>Кабинет, бөлме немесе қамауда ұстау орны</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Күні мен уақыты:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Аудармашы:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Тағайындау</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>column headers</source>
        <translation>баған тақырыптары</translation>
    </message>
    <message>
        <source>row headers</source>
        <translation>жол тақырыптары</translation>
    </message>
</context>
<context>
    <name>ServerExchangeDialog</name>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>The commission server&apos;s address, as whoever set it up gave it. Do not write the database password in it: PostgreSQL reads it from its password file, ~/.pgpass (on Windows %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>Комиссия серверінің мекенжайы — серверді баптаған адам берген күйінде. Оған дерекқор құпиясөзін жазбаңыз: PostgreSQL оны өзінің құпиясөздер файлынан оқиды, ~/.pgpass (Windows жүйесінде %APPDATA%\postgresql\pgpass.conf).</translation>
    </message>
    <message>
        <source>On the server you log in with the same user name as on this laptop.</source>
        <translation>Серверге осы ноутбуктегідей пайдаланушы атымен кіресіз.</translation>
    </message>
    <message>
        <source>Your password on the server</source>
        <translation>Сервердегі құпиясөзіңіз</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Қ&amp;осылу</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Серверге қосылу</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Keep the server&apos;s answer</source>
        <translation>Сервер жауабын сақтау</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Enter the commission server&apos;s address, as whoever set it up gave it: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>Комиссия серверінің мекенжайын серверді баптаған адам берген күйінде енгізіңіз: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Enter your password on the server.</source>
        <translation>Сервердегі құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Connected to the commission server {server} as {user}.</source>
        <translation>Комиссия серверіне қосылдыңыз: {server}, пайдаланушы: {user}.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Under 1 month</source>
        <extracomment>Bars a chart of groups (citizenships, ethnicities, officers) shows; the rest are added up as &quot;Other&quot; (the table lists every group). The colours of the series, the same in every chart. The age buckets of pending cases, as the service names them.</extracomment>
        <translation>1 айдан аз</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 ай</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 ай</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 ай</translation>
    </message>
    <message>
        <source>12 months or more</source>
        <translation>12 ай және одан көп</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>тағайындалмаған</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Басқалары ({count})</translation>
    </message>
    <message>
        <source>{label}: {count} ({share})</source>
        <translation>{label}: {count} ({share})</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Осы кезеңде деректер жоқ.</translation>
    </message>
    <message>
        <source>Recognition rate, %</source>
        <translation>Мәртебе беру үлесі, %</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Шешімге дейінгі медианалық мерзім, күн</translation>
    </message>
    <message>
        <source>days</source>
        <translation>күн</translation>
    </message>
    <message>
        <source>Table: {figure}</source>
        <translation>Кесте: {figure}</translation>
    </message>
    <message>
        <source>Chart: {figure}</source>
        <translation>Диаграмма: {figure}</translation>
    </message>
    <message>
        <source>Petitions registered</source>
        <extracomment>A query&apos;s answer was shown (the Statistics value). A file was written by Export or the monthly report (its path).</extracomment>
        <translation>Тіркелген өтінішхаттар</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Қабылданған шешімдер</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Босқын мәртебесін беру туралы шешімдердің үлесі</translation>
    </message>
    <message>
        <source>Median days from petition to decision</source>
        <translation>Өтінішхат тіркелгеннен шешімге дейінгі медианалық мерзім, күн</translation>
    </message>
    <message>
        <source>Cases pending at the end of the period</source>
        <translation>Кезең соңында қаралып жатқан істер</translation>
    </message>
    <message>
        <source>Appeals lodged</source>
        <translation>Берілген шағымдар</translation>
    </message>
    <message>
        <source>No petitions or decisions in this period.</source>
        <translation>Осы кезеңде өтінішхаттар да, шешімдер де жоқ.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Ке&amp;зең:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткен ай</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Соңғы 12 ай</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Таңдалған күндер</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Бас&amp;ы:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>С&amp;оңы:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Статистиканы жаңарту</translation>
    </message>
    <message>
        <source>Count the figures again (F5)</source>
        <translation>Көрсеткіштерді қайта есептеу (F5)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export the tables of the figures</source>
        <translation>Көрсеткіштер кестелерін экспорттау</translation>
    </message>
    <message>
        <source>Save the tables behind the charts as an XLSX or CSV file</source>
        <translation>Диаграммалар құрылған кестелерді XLSX немесе CSV файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Monthly r&amp;eport (PDF)…</source>
        <translation>Ай&amp;лық есеп (PDF)…</translation>
    </message>
    <message>
        <source>Monthly report as PDF</source>
        <translation>PDF форматындағы айлық есеп</translation>
    </message>
    <message>
        <source>The statistical report of a month as a PDF, in Kazakh, Russian or English</source>
        <translation>Бір айдағы статистикалық есеп PDF форматында: қазақ, орыс немесе ағылшын тілінде</translation>
    </message>
    <message>
        <source>Petitions and decisions by month</source>
        <translation>Өтінішхаттар мен шешімдер айлар бойынша</translation>
    </message>
    <message>
        <source>Petitions registered and decisions taken in each month of the period.</source>
        <translation>Кезеңнің әр айында тіркелген өтінішхаттар мен қабылданған шешімдер.</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Шешімдер түрлері бойынша</translation>
    </message>
    <message>
        <source>Decisions taken in the period, by their outcome.</source>
        <translation>Кезеңде қабылданған шешімдер, түрлері бойынша.</translation>
    </message>
    <message>
        <source>Recognition rate and time to decision</source>
        <translation>Мәртебе беру үлесі және шешімге дейінгі мерзім</translation>
    </message>
    <message>
        <source>Recognised out of recognised and refused, and the median number of days from petition to decision, by month.</source>
        <translation>Мәртебе беру және бас тарту туралы барлық шешімдердің ішіндегі мәртебе беру туралы шешімдердің үлесі және өтінішхаттан шешімге дейінгі медианалық мерзім (күн), айлар бойынша.</translation>
    </message>
    <message>
        <source>Pending cases by age</source>
        <translation>Қаралудағы істердің ұзақтығы</translation>
    </message>
    <message>
        <source>Cases not yet decided at the end of the period, by the time since the petition.</source>
        <translation>Кезең соңында шешім қабылданбаған істер, өтінішхат берілгеннен бері өткен мерзім бойынша.</translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation>Азаматтығы бойынша</translation>
    </message>
    <message>
        <source>Petitions registered and decisions in the period by the applicant&apos;s citizenship (country codes), and cases pending now. The chart shows the ten largest groups.</source>
        <translation>Кезеңде тіркелген өтінішхаттар мен қабылданған шешімдер өтініш берушінің азаматтығы бойынша (ел кодтары), сондай-ақ қазір қаралып жатқан істер. Диаграммада ең ірі он топ көрсетілген.</translation>
    </message>
    <message>
        <source>By ethnicity</source>
        <translation>Ұлты бойынша</translation>
    </message>
    <message>
        <source>Petitions registered and decisions in the period by the applicant&apos;s ethnicity, and cases pending now. The chart shows the ten largest groups.</source>
        <translation>Кезеңде тіркелген өтінішхаттар мен қабылданған шешімдер өтініш берушінің ұлты бойынша, сондай-ақ қазір қаралып жатқан істер. Диаграммада ең ірі он топ көрсетілген.</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>Мамандар бойынша</translation>
    </message>
    <message>
        <source>Petitions registered and decisions in the period by the officer in charge, and the cases each has pending now.</source>
        <translation>Кезеңде тіркелген өтінішхаттар мен қабылданған шешімдер жауапты маман бойынша, сондай-ақ әр маманның қазір қарауындағы істер.</translation>
    </message>
    <message>
        <source>Refugee statuses expiring</source>
        <translation>Мерзімі аяқталатын босқын мәртебелері</translation>
    </message>
    <message>
        <source>Refugee statuses whose validity ends in each of the twelve months after the period.</source>
        <translation>Кезеңнен кейінгі он екі айдың әрқайсысында қолданылу мерзімі аяқталатын босқын мәртебелері.</translation>
    </message>
    <message>
        <source>Appeals and their outcomes</source>
        <translation>Шағымдар және олардың нәтижелері</translation>
    </message>
    <message>
        <source>Appeals lodged in the period, by their outcome so far.</source>
        <translation>Кезеңде берілген шағымдар, қазіргі нәтижелері бойынша.</translation>
    </message>
    <message>
        <source>The first day of the period is after its last day: choose the dates again.</source>
        <translation>Кезеңнің бірінші күні оның соңғы күнінен кейін тұр: күндерді қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>барлық өңірлер</translation>
    </message>
    <message>
        <source>{start} – {end}, {office}. Counted {today}.</source>
        <translation>{start} – {end}, {office}. Есептелген күні: {today}.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Мәртебе берілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Decisions on refugee status taken in the period, by their outcome. Decisions on extending a status are not counted here ({count} in the period).</source>
        <translation>Кезеңде қабылданған босқын мәртебесі туралы шешімдер, түрлері бойынша. Босқын мәртебесінің қолданылу мерзімін ұзарту туралы шешімдер мұнда есепке алынбайды (кезеңде: {count}).</translation>
    </message>
    <message>
        <source>Cases pending</source>
        <translation>Қаралып жатқан істер</translation>
    </message>
    <message>
        <source>Pending now</source>
        <translation>Қазір қаралуда</translation>
    </message>
    <message>
        <source>Statuses ending</source>
        <translation>Мерзімі аяқталатын мәртебелер</translation>
    </message>
    <message>
        <source>Appeals lodged in the period: {count}, by their outcome so far.</source>
        <translation>Кезеңде берілген шағымдар (барлығы: {count}), қазіргі нәтижелері бойынша.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>The figures were exported to {file}.</source>
        <translation>Көрсеткіштер {file} файлына экспортталды.</translation>
    </message>
    <message>
        <source>The period shown: {start} – {end}</source>
        <translation>Көрсетіліп тұрған кезең: {start} – {end}</translation>
    </message>
    <message>
        <source>Save the statistical report as PDF</source>
        <translation>Статистикалық есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <source>The report was saved to {file}.</source>
        <translation>Есеп {file} файлына сақталды.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Есеп сақталды</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Есеп сақталмады</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Мәртебе берілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Pending now</source>
        <translation>Қазір қаралуда</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Closed without a decision</source>
        <translation>Шешімсіз жабылды</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Мәртебе беру үлесі</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медианалық мерзім, күн</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күту мерзімі</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Statuses ending</source>
        <translation>Мерзімі аяқталатын мәртебелер</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Шағымдар</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Schedule an interview</source>
        <extracomment>States in which the case is open and the statutory decision clock runs. States in which the case file (applicant, family, claim …) may still be edited.</extracomment>
        <translation>Әңгімелесуді тағайындау</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Әңгімелесу хаттамасын жүргізу</translation>
    </message>
    <message>
        <source>Record that the applicant did not come</source>
        <translation>Өтініш берушінің келмегенін белгілеу</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Бекітуге жіберу</translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation>Ескертулермен қайтару</translation>
    </message>
    <message>
        <source>Approve the decision</source>
        <translation>Шешімді бекіту</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Табыс етілгенін белгілеу</translation>
    </message>
    <message>
        <source>Register an extension application</source>
        <translation>Ұзарту туралы өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Submit the extension for approval</source>
        <translation>Ұзартуды бекітуге жіберу</translation>
    </message>
    <message>
        <source>Approve the extension decision</source>
        <translation>Ұзарту туралы шешімді бекіту</translation>
    </message>
    <message>
        <source>End the status (expiry, cessation, revocation)</source>
        <translation>Мәртебенің қолданылуын тоқтату (мерзімнің өтуі, тоқтату, айыру)</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>Record that the court upheld the refusal</source>
        <translation>Соттың бас тартуды күшінде қалдырғанын белгілеу</translation>
    </message>
    <message>
        <source>Record that the appeal succeeded</source>
        <translation>Шағымның қанағаттандырылғанын белгілеу</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Істі қайта ашу</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Өтінішхатты қарау мерзімін ұзарту</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Енгізу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Енгізілді.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add us&amp;er…</source>
        <translation>Пайдаланушы &amp;қосу…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Рөлді &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>Таңдалған пайдаланушының рөлін өзгерту</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Құпиясөзді қайта &amp;орнату…</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Таңдалған пайдаланушыға жаңа құпиясөз орнату</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Ажы&amp;рату</translation>
    </message>
    <message>
        <source>Disable the selected user</source>
        <translation>Таңдалған пайдаланушының тіркелгісін ажырату</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <source>Enable the selected user</source>
        <translation>Таңдалған пайдаланушының тіркелгісін іске қосу</translation>
    </message>
    <message>
        <source>Refresh the users</source>
        <translation>Пайдаланушылар тізімін жаңарту</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>Пайдаланушылар тізімін қайта жүктеу (F5)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ажыратылған</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>бұғатталған (ашылу уақыты: {time})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>Users: %Ln</source>
        <translation>
            <numerusform>Пайдаланушылар: %Ln</numerusform>
            <numerusform>Пайдаланушылар: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disabled: %Ln</source>
        <translation>
            <numerusform>ажыратылған: %Ln</numerusform>
            <numerusform>ажыратылған: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locked: %Ln</source>
        <translation>
            <numerusform>бұғатталған: %Ln</numerusform>
            <numerusform>бұғатталған: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your own account: you cannot disable it. Another administrator can.</source>
        <translation>Бұл — Сіздің тіркелгіңіз: оны ажырата алмайсыз. Мұны басқа әкімші жасай алады.</translation>
    </message>
    <message>
        <source>A disabled account cannot log in. Enable it to let the user in again.</source>
        <translation>Ажыратылған тіркелгімен жүйеге кіру мүмкін емес. Пайдаланушы қайта кіре алуы үшін тіркелгіні іске қосыңыз.</translation>
    </message>
    <message>
        <source>The account is locked after failed logins. Resetting the password unlocks it.</source>
        <translation>Тіркелгі сәтсіз кіру әрекеттерінен кейін бұғатталды. Құпиясөзді қайта орнатқанда бұғат алынады.</translation>
    </message>
    <message>
        <source>User “{user}” added.</source>
        <translation>Пайдаланушы қосылды: «{user}».</translation>
    </message>
    <message>
        <source>The role of “{user}” was changed.</source>
        <translation>Пайдаланушының рөлі өзгертілді: «{user}».</translation>
    </message>
    <message>
        <source>“{user}” has a new password.</source>
        <translation>Пайдаланушыға жаңа құпиясөз орнатылды: «{user}».</translation>
    </message>
    <message>
        <source>Not disabled</source>
        <translation>Ажыратылмады</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Another administrator can.</source>
        <translation>Өз тіркелгіңізді ажырата алмайсыз. Мұны басқа әкімші жасай алады.</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>Пайдаланушыны ажырату</translation>
    </message>
    <message>
        <source>Disable “{user}”? They can no longer log in, and their password stops opening the database. Their work and the audit trail stay.</source>
        <translation>Пайдаланушыны ажыратасыз ба: «{user}»? Ол жүйеге бұдан былай кіре алмайды, ал оның құпиясөзі дерекқорды ашпайтын болады. Оның жұмысы мен аудит журналы сақталады.</translation>
    </message>
    <message>
        <source>“{user}” was disabled.</source>
        <translation>Пайдаланушы ажыратылды: «{user}».</translation>
    </message>
    <message>
        <source>“{user}” was enabled.</source>
        <translation>Пайдаланушы іске қосылды: «{user}».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
</context>
<context>
    <name>UsersTable</name>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Сәтсіз кірулер</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a photo must be a JPEG or PNG image.</source>
        <translation>фотосурет JPEG немесе PNG форматындағы сурет болуы керек.</translation>
    </message>
    <message>
        <source>a letterhead must be a JPEG or PNG image.</source>
        <translation>бланк JPEG немесе PNG форматындағы сурет болуы керек.</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>the photo is larger than {limit}; scale it down.</source>
        <translation>фотосурет көлемі рұқсат етілген шектен ({limit}) асады; оны кішірейтіңіз.</translation>
    </message>
    <message>
        <source>the letterhead is larger than {limit}; scale it down.</source>
        <translation>бланк көлемі рұқсат етілген шектен ({limit}) асады; оны кішірейтіңіз.</translation>
    </message>
    <message>
        <source>the file is not a readable {kind} image (its header is wrong); it may be damaged. Save it again as JPEG or PNG.</source>
        <translation>файлды {kind} суреті ретінде оқу мүмкін емес (файл тақырыбы қате); файл зақымдалған болуы мүмкін. Оны JPEG немесе PNG форматында қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels, more than the {limit} megapixels Pana prints; save it at a lower resolution.</source>
        <translation>сурет өлшемі {width} × {height} пиксель, бұл Pana басып шығара алатын шектен ({limit} мегапиксель) асады; оны төменірек ажыратымдылықпен сақтаңыз.</translation>
    </message>
    <message>
        <source>The year {year} is out of range.</source>
        <translation>Жыл рұқсат етілген аралықтан тыс: {year}.</translation>
    </message>
    <message>
        <source>A day without a month is not a date.</source>
        <translation>Айын көрсетпей күнін көрсетуге болмайды.</translation>
    </message>
    <message>
        <source>The month {month} does not exist.</source>
        <translation>Мұндай ай жоқ: {month}.</translation>
    </message>
    <message>
        <source>{year_month} has no day {day}.</source>
        <translation>{year_month} айында мұндай күн жоқ: {day}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 1990, 1990-05 or 1990-05-17, and add ~ for an estimate.</source>
        <translation>«{value}» күн ретінде танылмады; 1990, 1990-05 немесе 1990-05-17 түрінде жазыңыз, ал күн шамамен алынса, соңына ~ белгісін қосыңыз.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{value}» күн ретінде танылмады; оны ЖЖЖЖ-АА-КК форматында жазыңыз.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>“{value}” is not a case number; it looks like AQM-2026-00042.</source>
        <translation>«{value}» іс нөмірі емес; іс нөмірі AQM-2026-00042 түрінде болады.</translation>
    </message>
    <message>
        <source>The region code must be 2 to 5 Latin letters, e.g. AQM.</source>
        <translation>Өңір коды 2–5 латын әрпінен тұруы керек, мысалы, AQM.</translation>
    </message>
    <message>
        <source>must be text, not {type}.</source>
        <extracomment>A part of a person&apos;s name (surname, given names, patronymic). A short item: ethnicity, religion, a document number.</extracomment>
        <translation>мәтін болуы керек, {type} түріндегі мән емес.</translation>
    </message>
    <message>
        <source>is required; please fill it in.</source>
        <translation>міндетті өріс; оны толтырыңыз.</translation>
    </message>
    <message>
        <source>is too long ({length} characters); at most {limit} fit.</source>
        <translation>мәтін тым ұзын ({length} таңба); ең көбі {limit} таңба сияды.</translation>
    </message>
    <message>
        <source>contains invisible control characters ({characters}); retype it without them.</source>
        <translation>көрінбейтін басқару таңбалары бар ({characters}); мәтінді оларсыз қайта теріңіз.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>«{value}» мәні рұқсат етілген мәндердің қатарында жоқ: {allowed}.</translation>
    </message>
    <message>
        <source>must be a list of codes, e.g. {example}.</source>
        <translation>кодтар тізімі болуы керек, мысалы: {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use three letters, e.g. CHN, KAZ.</source>
        <translation>«{value}» ел коды емес; үш латын әрпін көрсетіңіз, мысалы, CHN, KAZ.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code; use two letters, e.g. kk, ru, ug.</source>
        <translation>«{value}» тіл коды емес; екі латын әрпін көрсетіңіз, мысалы, kk, ru, ug.</translation>
    </message>
    <message>
        <source>“{value}” is not a document language; use one of kk, ru, en, kk+ru.</source>
        <translation>«{value}» құжат тілі емес; мыналардың бірін көрсетіңіз: kk, ru, en, kk+ru.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number; use digits, spaces and + ( ) -.</source>
        <translation>«{value}» телефон нөмірі емес; цифрларды, бос орындарды және + ( ) - таңбаларын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <extracomment>The largest whole number a column holds everywhere (SQLite takes 64 bits; 32 is plenty).</extracomment>
        <translation>«{value}» бүтін сан емес.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>теріс сан бола алмайды.</translation>
    </message>
    <message>
        <source>is too large; at most {maximum}.</source>
        <translation>мән тым үлкен; ең көбі: {maximum}.</translation>
    </message>
    <message>
        <source>use 2–64 lower-case Latin letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>2–64 таңба пайдаланыңыз: латынның кіші әріптері, цифрлар, нүкте, дефис немесе астын сызу белгісі; бірінші таңба әріп болуы керек.</translation>
    </message>
    <message>
        <source>must be at least {minimum} characters long.</source>
        <extracomment>Demo databases (fictional people only) accept the short demo password.</extracomment>
        <translation>кемінде {minimum} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>тым ұзын (ең көбі {limit} таңба).</translation>
    </message>
    <message>
        <source>contains characters that cannot be stored ({characters}); type it again.</source>
        <translation>сақтауға болмайтын таңбалар бар ({characters}); оны қайта теріңіз.</translation>
    </message>
    <message>
        <source>choose kk, ru or en.</source>
        <translation>kk, ru немесе en тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>the user “{name}” already exists.</source>
        <translation>«{name}» пайдаланушысы бұрыннан бар.</translation>
    </message>
    <message>
        <source>the user “{name}” is disabled.</source>
        <translation>«{name}» пайдаланушысының тіркелгісі ажыратылған.</translation>
    </message>
    <message>
        <source>the user “{name}” is disabled; enable the account with a new password instead.</source>
        <translation>«{name}» пайдаланушысының тіркелгісі ажыратылған; оның орнына тіркелгіні жаңа құпиясөзбен іске қосыңыз.</translation>
    </message>
    <message>
        <source>this is the last administrator; make another account an administrator first.</source>
        <translation>бұл — соңғы әкімші; алдымен басқа тіркелгіге әкімші рөлін беріңіз.</translation>
    </message>
    <message>
        <source>you cannot disable your own account.</source>
        <translation>өз тіркелгіңізді ажырата алмайсыз.</translation>
    </message>
    <message>
        <source>the user “{name}” is not disabled.</source>
        <translation>«{name}» пайдаланушысының тіркелгісі ажыратылмаған.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>{low} мен {high} аралығындағы бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>is before the start date.</source>
        <extracomment>The most entries a search returns unless the filter asks for another limit.</extracomment>
        <translation>басталу күнінен бұрын болмауы керек.</translation>
    </message>
    <message>
        <source>give the whole path of the folder.</source>
        <extracomment>``pana-20261126-143000.db``: the only names rotation ever deletes. When the last automatic backup was written and checked (UTC), and its file name. One automatic backup at a time (the timer and the button may meet).</extracomment>
        <translation>қалтаның толық жолын көрсетіңіз.</translation>
    </message>
    <message>
        <source>the folder {folder} is not available: plug in the drive or choose another folder.</source>
        <translation>{folder} қалтасы қолжетімсіз: дискіні қосыңыз немесе басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written to: choose another folder.</source>
        <translation>{folder} қалтасына жазу мүмкін емес: басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>give a number of hours from 1 to {maximum}.</source>
        <translation>сағат санын 1 мен {maximum} аралығында көрсетіңіз.</translation>
    </message>
    <message>
        <source>keep from 1 to {maximum} backups.</source>
        <translation>сақталатын көшірмелер саны 1 мен {maximum} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>at least one written form of the name is required.</source>
        <translation>аты-жөнінің кемінде бір жазылу нұсқасын көрсету қажет.</translation>
    </message>
    <message>
        <source>a name needs a surname or a given name.</source>
        <translation>тегін немесе атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>a birth date cannot be in the future.</source>
        <translation>туған күні болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>a stateless person has no citizenship; clear one of the two.</source>
        <translation>азаматтығы жоқ адамның азаматтығы болмайды; екі өрістің бірін тазалаңыз.</translation>
    </message>
    <message>
        <source>the registration date cannot be in the future.</source>
        <translation>тіркелген күні болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>the arrival date cannot be after the registration date.</source>
        <translation>келген күні тіркелген күннен кейін бола алмайды.</translation>
    </message>
    <message>
        <source>“{name}” is not an active officer.</source>
        <translation>«{name}» белсенді маман емес.</translation>
    </message>
    <message>
        <source>family member</source>
        <extracomment>The largest photo file stored (``exchange`` imports no larger one either). In messages: &quot;the family member was changed by somebody else&quot; (a noun, translatable). The records ``remove_record`` takes, keyed by kind (also the audit entity).</extracomment>
        <translation>отбасы мүшесі</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>entry record</source>
        <translation>шекарадан өту</translation>
    </message>
    <message>
        <source>criminal proceeding</source>
        <translation>қылмыстық іс</translation>
    </message>
    <message>
        <source>court ruling</source>
        <translation>сот шешімі</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>қудалау жағдайы</translation>
    </message>
    <message>
        <source>that {what} belongs to another case.</source>
        <translation>бұл жазба ({what}) басқа іске жатады.</translation>
    </message>
    <message>
        <source>the {type} {number}</source>
        <translation>{type} № {number}</translation>
    </message>
    <message>
        <source>the incident “{kind}” of {date}</source>
        <translation>«{kind}» қудалау жағдайы ({date})</translation>
    </message>
    <message>
        <source>the incident “{kind}”</source>
        <translation>«{kind}» қудалау жағдайы</translation>
    </message>
    <message>
        <source>{record} still refers to this person; remove or change it first.</source>
        <translation>бұл адаммен әлі де байланысты жазба бар: {record}; алдымен оны жойыңыз немесе өзгертіңіз.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <translation>{list} және {item}</translation>
    </message>
    <message>
        <source>{records} still refer to this person; remove or change them first.</source>
        <translation>бұл адаммен әлі де байланысты жазбалар бар: {records}; алдымен оларды жойыңыз немесе өзгертіңіз.</translation>
    </message>
    <message>
        <source>there is no case {number}.</source>
        <translation>{number} ісі табылмады.</translation>
    </message>
    <message>
        <source>that is this case; a relative&apos;s own case is another one.</source>
        <translation>бұл — осы істің нөмірі; туысының бөлек ісі басқа іс болуы керек.</translation>
    </message>
    <message>
        <source>a document number needs at least one letter or digit.</source>
        <translation>құжат нөмірінде кемінде бір әріп немесе цифр болуы керек.</translation>
    </message>
    <message>
        <source>the issue date cannot be in the future.</source>
        <translation>берілген күні болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>the expiry date is before the issue date.</source>
        <translation>жарамдылық мерзімі берілген күнінен бұрын аяқталады.</translation>
    </message>
    <message>
        <source>that person is not in this case.</source>
        <translation>бұл адам осы істе жоқ.</translation>
    </message>
    <message>
        <source>the crossing date cannot be in the future.</source>
        <translation>шекарадан өткен күні болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>the verdict date cannot be in the future.</source>
        <translation>үкім шығарылған күн болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>the date of the ruling cannot be in the future.</source>
        <translation>сот шешімінің күні болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>the date must lie between registration and today.</source>
        <translation>күні тіркелген күн мен бүгінгі күн аралығында болуы керек.</translation>
    </message>
    <message>
        <source>the issue date cannot be before the petition was registered.</source>
        <translation>берілген күні өтінішхат тіркелген күннен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>the renewal cannot predate certificate {number}, issued on {date}, which it replaces.</source>
        <translation>ұзартылған куәлік ол ауыстыратын № {number} куәліктен бұрын берілуі мүмкін емес (оның берілген күні: {date}).</translation>
    </message>
    <message>
        <source>{ground} is listed twice.</source>
        <extracomment>What the first bytes of a file must look like for the type it claims to be.</extracomment>
        <translation>«{ground}» негізі екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>the incident cannot end before it starts.</source>
        <translation>қудалау жағдайының аяқталуы басталуынан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>that evidence is not in this case.</source>
        <translation>бұл дәлелдеме осы істе жоқ.</translation>
    </message>
    <message>
        <source>the file could not be read; choose it again.</source>
        <translation>файлды оқу мүмкін болмады; оны қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл бос.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be attached. Scan at a lower resolution or split it.</source>
        <translation>файл көлемі — {size} МБ, ал ең көбі {limit} МБ қоса тіркеуге болады. Оны төменірек ажыратымдылықпен сканерлеңіз немесе бөліктерге бөліңіз.</translation>
    </message>
    <message>
        <source>files of type {type} cannot be attached; use PDF, JPEG, PNG, TIFF or text.</source>
        <translation>{type} түріндегі файлдарды қоса тіркеуге болмайды; PDF, JPEG, PNG, TIFF немесе мәтіндік файлдарды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>the file is not a readable {kind} (its header is wrong); it may be damaged. Scan or save it again.</source>
        <translation>файлды {kind} ретінде оқу мүмкін емес (файл тақырыбы қате); файл зақымдалған болуы мүмкін. Оны қайта сканерлеңіз немесе қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>the text file is not UTF-8; save it as UTF-8.</source>
        <translation>мәтіндік файл UTF-8 кодтауында емес; оны UTF-8 кодтауында сақтаңыз.</translation>
    </message>
    <message>
        <source>the stored file does not match its hash; run “pana db verify”.</source>
        <translation>сақталған файл өзінің бақылау сомасына сәйкес келмейді; «pana db verify» командасын орындаңыз.</translation>
    </message>
    <message>
        <source>“{code}” is not in the list of articles.</source>
        <translation>«{code}» баптар тізімінде жоқ.</translation>
    </message>
    <message>
        <source>Record the credibility finding: {finding}</source>
        <translation>Сенімділік туралы тұжырымды көрсетіңіз: {finding}</translation>
    </message>
    <message>
        <source>there is no drafted assessment to submit.</source>
        <translation>бекітуге жіберетін қорытынды жобасы жоқ.</translation>
    </message>
    <message>
        <source>the decision date must lie between the registration and today.</source>
        <translation>шешім қабылданған күн тіркелген күн мен бүгінгі күн аралығында болуы керек.</translation>
    </message>
    <message>
        <source>a decision cannot be served before it was taken.</source>
        <translation>шешімді ол қабылданғанға дейін табыс ету мүмкін емес.</translation>
    </message>
    <message>
        <source>the date cannot be in the future.</source>
        <translation>күні болашақ күн бола алмайды.</translation>
    </message>
    <message>
        <source>certificate {number} was already issued for this decision; reprint or replace it.</source>
        <translation>бұл шешім бойынша № {number} босқын куәлігі бұрын берілген; оны қайта басып шығарыңыз немесе ауыстырыңыз.</translation>
    </message>
    <message>
        <source>an extension must be applied for before the status ends.</source>
        <translation>ұзарту туралы өтініш мәртебенің қолданылу мерзімі аяқталғанға дейін берілуі керек.</translation>
    </message>
    <message>
        <source>record the court&apos;s outcome: upheld or successful.</source>
        <translation>сот шешімін көрсетіңіз: бас тарту күшінде қалдырылды немесе шағым қанағаттандырылды.</translation>
    </message>
    <message>
        <source>close a case as withdrawn, abandoned or final refusal.</source>
        <translation>істі тек мына негіздердің бірі бойынша жабуға болады: өтінішхат кері қайтарып алынды, өтініш беруші келуін тоқтатты немесе түпкілікті бас тарту.</translation>
    </message>
    <message>
        <source>only a refused case closes as a final refusal.</source>
        <translation>түпкілікті бас тарту ретінде тек «Бас тартылды» күйіндегі істі жабуға болады.</translation>
    </message>
    <message>
        <source>the new date must be later than the current one.</source>
        <translation>жаңа мерзім қазіргі мерзімнен кейін болуы керек.</translation>
    </message>
    <message>
        <source>the decision is due by {date} at the latest (the longest extension).</source>
        <translation>шешім қабылдаудың ең кеш мерзімі: {date} (ең ұзақ ұзартуды ескергенде).</translation>
    </message>
    <message>
        <source>a case cannot be a duplicate of itself.</source>
        <extracomment>How many cases the name search may hand to the fine comparison.</extracomment>
        <translation>іс өзінің қайталамасы бола алмайды.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (a wrong byte at position {position}); it is not a Pana case file, or it was damaged. Export it again.</source>
        <translation>файл UTF-8 мәтіні емес (қате байттың орны: {position}); бұл Pana ісінің файлы емес немесе ол зақымдалған. Оны қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in one object; a Pana export never does this, so the file was edited. Export it again.</source>
        <translation>«{key}» кілті бір объектіде екі рет кездеседі; Pana экспорттаған файлда бұлай болмайды, демек файл өңделген. Оны қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>the file is not valid JSON ({problem} at line {line}, column {column}); it may be cut short or edited by hand. Export it again.</source>
        <translation>файл жарамды JSON емес ({problem}, жол: {line}, баған: {column}); ол толық сақталмаған немесе қолмен өңделген болуы мүмкін. Оны қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>the file is nested too deeply to read; it is not a Pana case file.</source>
        <translation>файлдың ендірілу деңгейі тым терең, оны оқу мүмкін емес; бұл Pana ісінің файлы емес.</translation>
    </message>
    <message>
        <source>the file cannot be read as JSON ({problem}); it is not a Pana case file.</source>
        <translation>файлды JSON ретінде оқу мүмкін емес ({problem}); бұл Pana ісінің файлы емес.</translation>
    </message>
    <message>
        <source>case {number} appears twice in this file; keep one.</source>
        <extracomment>A reference to a record of the same case: (path, section, id, uniqueness group or &quot;&quot;).</extracomment>
        <translation>{number} ісі бұл файлда екі рет кездеседі; біреуін қалдырыңыз.</translation>
    </message>
    <message>
        <source>case {number} already exists in this database; it was probably imported before. Remove it from the file, or import into another database.</source>
        <translation>{number} ісі осы дерекқорда бұрыннан бар; ол бұрын импортталған болуы мүмкін. Оны файлдан алып тастаңыз немесе басқа дерекқорға импорттаңыз.</translation>
    </message>
    <message>
        <source>a case with this id already exists in this database (perhaps under another number); it was probably imported before. Remove it from the file, or import into another database.</source>
        <translation>осындай идентификаторы бар іс осы дерекқорда бұрыннан бар (басқа нөмірмен болуы мүмкін); ол бұрын импортталған болуы мүмкін. Оны файлдан алып тастаңыз немесе басқа дерекқорға импорттаңыз.</translation>
    </message>
    <message>
        <source>a record ({table}) with the id {id} already exists in this database; this part was probably imported before. Remove it from the file, or import into another database.</source>
        <translation>{id} идентификаторы бар жазба ({table}) осы дерекқорда бұрыннан бар; бұл бөлік бұрын импортталған болуы мүмкін. Оны файлдан алып тастаңыз немесе басқа дерекқорға импорттаңыз.</translation>
    </message>
    <message>
        <source>certificate number {number} already exists in this database; certificate numbers are unique, so this certificate was probably imported before.</source>
        <translation>№ {number} куәлік осы дерекқорда бұрыннан бар; куәлік нөмірлері қайталанбайды, сондықтан бұл куәлік бұрын импортталған болуы мүмкін.</translation>
    </message>
    <message>
        <source>case {number} is neither in this file nor in this database; import that case too, or clear “own_case”.</source>
        <translation>{number} ісі бұл файлда да, осы дерекқорда да жоқ; ол істі де импорттаңыз немесе «own_case» өрісін тазалаңыз.</translation>
    </message>
    <message>
        <source>{count} further problems are not listed; fix these and import again to see the rest.</source>
        <translation>тағы {count} қате көрсетілмеді; көрсетілгендерін түзетіп, қалғандарын көру үшін қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>the file {path} does not exist; check its name and folder.</source>
        <extracomment>Rows per INSERT statement: executemany over many rows, without holding every bound row.</extracomment>
        <translation>{path} файлы жоқ; оның атауы мен қалтасын тексеріңіз.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported at once. Export fewer cases per file (e.g. by status) and import the files one by one.</source>
        <translation>файл көлемі — {size} МБ, ал бір рет ең көбі {limit} МБ импорттауға болады. Әр файлға азырақ іс экспорттаңыз (мысалы, күйі бойынша) және файлдарды бір-бірлеп импорттаңыз.</translation>
    </message>
    <message>
        <source>the file {path} cannot be read ({problem}).</source>
        <translation>{path} файлын оқу мүмкін емес ({problem}).</translation>
    </message>
    <message>
        <source>choose female, male or unknown.</source>
        <translation>мыналардың бірін таңдаңыз: әйел, ер немесе белгісіз.</translation>
    </message>
    <message>
        <source>applicant</source>
        <extracomment>The records named in &quot;not found&quot; and conflict messages, as the interface says them.</extracomment>
        <translation>өтініш беруші</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>қорытынды</translation>
    </message>
    <message>
        <source>case</source>
        <translation>іс</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>куәлік</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>өтініш берушінің уәждері</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>дәлелдеме</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>аудармашы</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>әңгімелесу</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>өкіл</translation>
    </message>
    <message>
        <source>this interpreter works for the applicant&apos;s representative; choose an independent interpreter.</source>
        <translation>бұл аудармашы өтініш берушінің өкілімен байланысты; тәуелсіз аудармашыны таңдаңыз.</translation>
    </message>
    <message>
        <source>the interview cannot end before it starts.</source>
        <translation>әңгімелесудің аяқталу уақыты басталу уақытынан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>a held interview cannot start in the future.</source>
        <translation>өткен әңгімелесудің басталу уақыты болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>that interpreter is not registered.</source>
        <translation>бұл аудармашы тіркелмеген.</translation>
    </message>
    <message>
        <source>only a scheduled interview can be a no-show.</source>
        <translation>өтініш берушінің келмегенін тек тағайындалған әңгімелесу бойынша белгілеуге болады.</translation>
    </message>
    <message>
        <source>“{value}” is not a document language; choose one of {allowed}.</source>
        <extracomment>Register number prefixes: &lt;region&gt;-&lt;prefix&gt;-&lt;year&gt;-&lt;sequence&gt;. Which statuses still need the asylum-seeker certificate (and so its receipt).</extracomment>
        <translation>«{value}» құжат тілі емес; мыналардың бірін таңдаңыз: {allowed}.</translation>
    </message>
    <message>
        <source>that is not a refugee certificate.</source>
        <translation>бұл босқын куәлігі емес.</translation>
    </message>
    <message>
        <source>the document was issued on {date}; it cannot have been handed over before.</source>
        <translation>құжаттың берілген күні: {date}; ол бұл күннен бұрын табыс етілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>the number of days cannot be negative.</source>
        <translation>күн саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>enter the certificate number (or the QR text).</source>
        <translation>куәлік нөмірін (немесе QR кодының мәтінін) енгізіңіз.</translation>
    </message>
    <message>
        <source>enter the verification code printed on the certificate.</source>
        <translation>куәлікте басылған тексеру кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>give a number of years from 1 to {maximum}.</source>
        <extracomment>Markers for a column&apos;s new value. Anonymise: column → new value (TEXT, NULL or a literal), or DELETE. Purge: DELETE, or _Keep(column → new value) for rows the registers need. In an order that deletes children before their parents (purge). Tables whose rows of a purged case stay (changed as ``_Keep`` says). Whole years since the case was closed. Anonymised already (it may still be purged). Cases closed on or before this day are eligible. Rows of these cases per table (only tables with rows). Rows changed (anonymise) or deleted or blanked (purge), per table.</extracomment>
        <translation>жыл санын 1 мен {maximum} аралығында көрсетіңіз.</translation>
    </message>
    <message>
        <source>name at least one case.</source>
        <translation>кемінде бір істі көрсетіңіз.</translation>
    </message>
    <message>
        <source>choose anonymise or purge.</source>
        <translation>иесіздендіруді немесе жоюды таңдаңыз.</translation>
    </message>
    <message>
        <source>there is no such case.</source>
        <translation>мұндай іс жоқ.</translation>
    </message>
    <message>
        <source>the case is not closed.</source>
        <translation>іс жабылмаған.</translation>
    </message>
    <message>
        <source>closed on {date}: less than {years} years ago.</source>
        <translation>жабылған күні: {date}; содан бері {years} жыл өтпеген.</translation>
    </message>
    <message>
        <source>the case is checked out to a laptop; check it in (or release it) first.</source>
        <translation>іс ноутбукке берілген; алдымен оны қайтарыңыз (немесе қайтарып алыңыз).</translation>
    </message>
    <message>
        <source>the case is purged already.</source>
        <translation>іс әлдеқашан жойылған.</translation>
    </message>
    <message>
        <source>the case is anonymised already.</source>
        <translation>іс әлдеқашан иесіздендірілген.</translation>
    </message>
    <message>
        <source>give a whole number of minutes from {low} to {high}.</source>
        <translation>минут санын {low} мен {high} аралығындағы бүтін санмен көрсетіңіз.</translation>
    </message>
    <message>
        <source>there is no deadline setting “{name}”.</source>
        <translation>мұндай мерзім баптауы жоқ: «{name}».</translation>
    </message>
    <message>
        <source>a period must be at least 1.</source>
        <translation>мерзім кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <source>there is no setting “{name}”; use documents.&lt;field&gt;.&lt;language&gt; with field one of {fields} and language one of {languages}.</source>
        <extracomment>Profile texts a document prints; each may be set per language (kk, ru, en). The commission&apos;s address prints on a few lines of the letterhead.</extracomment>
        <translation>мұндай баптау жоқ: «{name}»; documents.&lt;өріс&gt;.&lt;тіл&gt; түрінде жазыңыз, мұнда өріс — мыналардың бірі: {fields}, ал тіл — мыналардың бірі: {languages}.</translation>
    </message>
    <message>
        <source>the letterhead must be a PNG or JPEG image.</source>
        <translation>бланк PNG немесе JPEG форматындағы сурет болуы керек.</translation>
    </message>
    <message>
        <source>the image has {size} bytes; the limit is {limit}. Save it smaller and try again.</source>
        <translation>сурет көлемі — {size} байт, ал шегі — {limit} байт. Оны кішірек етіп сақтап, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that.</source>
        <translation>бұл OpenDocument кестесі (.ods); оны .xlsx немесе CSV форматында сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx, and import that file.</source>
        <translation>бұл ескі форматтағы Excel кітабы (.xls); оны Excel немесе LibreOffice бағдарламасында ашып, .xlsx форматында сақтаңыз және сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook (it may be damaged, or another kind of file renamed); open it in Excel and save it again as .xlsx.</source>
        <translation>файл XLSX кітабы емес (ол зақымдалған немесе атауы өзгертілген басқа түрдегі файл болуы мүмкін); оны Excel бағдарламасында ашып, .xlsx форматында қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Pana imports .xlsx workbooks and .csv files, not “{suffix}” files.</source>
        <translation>Pana тек .xlsx кітаптары мен .csv файлдарын импорттайды, «{suffix}» файлдарын импорттамайды.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported at once. Split the register into several files (e.g. by year) and import them one by one.</source>
        <translation>файл көлемі — {size} MB, ал бір рет ең көбі {limit} MB импорттауға болады. Тізілімді бірнеше файлға бөліңіз (мысалы, жылдар бойынша) және оларды бір-бірлеп импорттаңыз.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — файл емес, қалта.</translation>
    </message>
    <message>
        <source>the file is not a readable XLSX workbook (it may be damaged); open it in Excel and save it again as .xlsx.</source>
        <translation>файлды XLSX кітабы ретінде оқу мүмкін емес (ол зақымдалған болуы мүмкін); оны Excel бағдарламасында ашып, .xlsx форматында қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>the workbook would unpack to {size} MB, more than the {limit} MB Pana reads; the file may be damaged or made to overload the computer. Save the register again, or split it.</source>
        <translation>кітаптың ашылғандағы көлемі {size} MB болады, бұл Pana оқитын {limit} MB шегінен асады; файл зақымдалған немесе компьютерді шамадан тыс жүктеу үшін жасалған болуы мүмкін. Тізілімді қайта сақтаңыз немесе оны бөліңіз.</translation>
    </message>
    <message>
        <source>the workbook has no sheet.</source>
        <extracomment>A row as read: its number and the value of each column (index -&gt; value).</extracomment>
        <translation>кітапта бірде-бір парақ жоқ.</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>кітапта «{sheet}» парағы жоқ; ондағы парақтар: {sheets}.</translation>
    </message>
    <message>
        <source>the workbook is too large to read here; save the register as CSV and import that file.</source>
        <extracomment>A workbook read the ordinary way (``_parse_loaded``) may be at most this large.</extracomment>
        <translation>кітап мұнда оқу үшін тым үлкен; тізілімді CSV форматында сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>the sheet has values beyond column {limit}; a register has far fewer columns. Delete the columns that do not belong to it.</source>
        <translation>парақта № {limit} бағаннан кейінгі бағандарда да мәндер бар; тізілімде бағандар әлдеқайда аз болады. Тізілімге қатысы жоқ бағандарды жойыңыз.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split the register into several files (e.g. by year) and import them one by one.</source>
        <translation>парақтағы жолдар саны {limit} шегінен асады; тізілімді бірнеше файлға бөліңіз (мысалы, жылдар бойынша) және оларды бір-бірлеп импорттаңыз.</translation>
    </message>
    <message>
        <source>the sheet merges more cells than Pana fills in ({limit}); unmerge the cells (Excel: Home › Merge › Unmerge) and save the register again.</source>
        <extracomment>Cells that merged ranges may fill in one sheet: a register merges a title, a header or a status over a few rows; a file merging millions of cells was made to keep Pana busy.</extracomment>
        <translation>парақта Pana толтыра алатыннан көп ұяшық біріктірілген ({limit}); ұяшықтарды ажыратып (Excel: Басты › Біріктіру › Біріктіруді болдырмау), тізілімді қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1251 text; save it from Excel as “CSV UTF-8” and import that.</source>
        <translation>файл UTF-8 мәтіні де, Windows-1251 мәтіні де емес; оны Excel бағдарламасынан «CSV UTF-8» форматында сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>the file holds NUL characters, so it is not a CSV text file; save the register from Excel as CSV and import that.</source>
        <translation>файлда NUL таңбалары бар, сондықтан ол CSV мәтіндік файлы емес; тізілімді Excel бағдарламасынан CSV форматында сақтап, сол файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV near line {line} ({problem}); save it from Excel as CSV again.</source>
        <translation>файлды CSV ретінде оқу мүмкін емес: № {line} жолдың маңында қате бар ({problem}); оны Excel бағдарламасынан CSV форматында қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>the sheet has no column “{column}”; its headers are: {headers}.</source>
        <extracomment>What a register&apos;s status word tells. &quot;closed&quot; needs a reason (withdrawn/abandoned).</extracomment>
        <translation>парақта «{column}» бағаны жоқ; ондағы баған тақырыптары: {headers}.</translation>
    </message>
    <message>
        <source>a mapping file is a few lines of JSON; this one is too large.</source>
        <translation>сәйкестендіру файлы бірнеше жолдан тұратын JSON болуы керек; бұл файл тым үлкен.</translation>
    </message>
    <message>
        <source>the mapping file is not valid UTF-8 JSON; see the example in the documentation.</source>
        <translation>сәйкестендіру файлы жарамды UTF-8 JSON емес; құжаттамадағы мысалды қараңыз.</translation>
    </message>
    <message>
        <source>the mapping file must hold one JSON object with “columns”.</source>
        <translation>сәйкестендіру файлында «columns» кілті бар бір JSON объектісі болуы керек.</translation>
    </message>
    <message>
        <source>the mapping file has keys Pana does not know: {keys}.</source>
        <translation>сәйкестендіру файлында Pana білмейтін кілттер бар: {keys}.</translation>
    </message>
    <message>
        <source>the mapping file&apos;s “format” must be “pana-import-mapping”.</source>
        <translation>сәйкестендіру файлындағы «format» кілтінің мәні «pana-import-mapping» болуы керек.</translation>
    </message>
    <message>
        <source>the mapping file needs “columns”: an object of column header (or letter) to field, and “sheet” must be text.</source>
        <translation>сәйкестендіру файлында «columns» болуы керек — баған тақырыбын (немесе әрпін) өріске сәйкестендіретін объект, ал «sheet» мәні мәтін болуы керек.</translation>
    </message>
    <message>
        <source>“{key}” (for column “{column}”) is not a field; use one of: {fields}.</source>
        <translation>«{key}» («{column}» бағаны үшін) өріс атауы емес; мыналардың бірін пайдаланыңыз: {fields}.</translation>
    </message>
    <message>
        <source>“date_formats” must be a list such as [&quot;dd.MM.yyyy&quot;, &quot;yyyy-MM-dd&quot;].</source>
        <translation>«date_formats» мәні тізім болуы керек, мысалы: [&quot;dd.MM.yyyy&quot;, &quot;yyyy-MM-dd&quot;].</translation>
    </message>
    <message>
        <source>“distinct_rows” must be a list of row numbers.</source>
        <translation>«distinct_rows» мәні жол нөмірлерінің тізімі болуы керек.</translation>
    </message>
    <message>
        <source>“{key}” is not a field; use one of: {fields}.</source>
        <translation>«{key}» өріс атауы емес; мыналардың бірін пайдаланыңыз: {fields}.</translation>
    </message>
    <message>
        <source>several columns are mapped to the same field ({fields}); map each field once.</source>
        <translation>бірнеше баған бір өріске сәйкестендірілген ({fields}); әр өрісті бір рет қана сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>no column holds the surname: map the full-name column (ФИО) or the surname column.</source>
        <translation>тегі бар баған жоқ: толық аты-жөні бар бағанды (ФИО) немесе тегі бар бағанды сәйкестендіріңіз.</translation>
    </message>
    <message>
        <source>no column holds the date of registration; map it, as every case counts its deadlines from it.</source>
        <translation>тіркелген күні бар баған жоқ; оны сәйкестендіріңіз, себебі әр істің мерзімдері осы күннен бастап есептеледі.</translation>
    </message>
    <message>
        <source>“{format}” is not a date format; write the day as dd, the month as MM and the year as yyyy (or yy), e.g. dd.MM.yyyy.</source>
        <translation>«{format}» күн форматы емес; күнді dd, айды MM, жылды yyyy (немесе yy) деп жазыңыз, мысалы: dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>the surname is empty; every row needs the person&apos;s surname (a person with a single name: write it as the surname).</source>
        <extracomment>The petition&apos;s validation keys and the import field each belongs to. &quot;№ 12&quot;, &quot;No. 12&quot;, &quot;Nr 12&quot;: the notes write &quot;№ &quot; before the old number themselves.</extracomment>
        <translation>тегі толтырылмаған; әр жолда адамның тегі болуы керек (адамның бір ғана аты болса, оны тегі ретінде жазыңыз).</translation>
    </message>
    <message>
        <source>“{value}” is not a sex Pana knows; write male or female (м/ж, ер/әйел, M/F).</source>
        <translation>«{value}» — Pana танымайтын жыныс мәні; ер немесе әйел деп жазыңыз (м/ж, ер/әйел, M/F).</translation>
    </message>
    <message>
        <source>“{value}” is not a date in any of the formats {formats} (nor a year such as 1985).</source>
        <translation>«{value}» мына форматтардың ешқайсысындағы күн емес: {formats} (1985 сияқты жыл да емес).</translation>
    </message>
    <message>
        <source>a closed case needs the date it was closed; add it in a “Date closed” column.</source>
        <translation>жабылған іс үшін жабылған күні қажет; оны «Жабылған күні» бағанында көрсетіңіз.</translation>
    </message>
    <message>
        <source>the case cannot be closed ({closed}) before it was registered ({registered}).</source>
        <translation>істің жабылған күні ({closed}) оның тіркелген күнінен ({registered}) бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>the row gives a date closed, but its status says the petition is pending; clear one of the two.</source>
        <translation>жолда жабылған күні көрсетілген, бірақ күйі бойынша өтінішхат әлі қаралуда; екеуінің бірін тазалаңыз.</translation>
    </message>
    <message>
        <source>{date} lies before {year}; check the year.</source>
        <translation>{date} күні {year} жылдан бұрын; жылын тексеріңіз.</translation>
    </message>
    <message>
        <source>the date closed cannot be in the future.</source>
        <translation>жабылған күні болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>the date of registration is empty; every row needs it, as the case&apos;s deadlines count from it.</source>
        <translation>тіркелген күні толтырылмаған; ол әр жолда болуы керек, себебі істің мерзімдері осы күннен бастап есептеледі.</translation>
    </message>
    <message>
        <source>“{value}” is not a date in any of the formats {formats}.</source>
        <translation>«{value}» мына форматтардың ешқайсысындағы күн емес: {formats}.</translation>
    </message>
    <message>
        <source>“{value}” is not a country Pana knows; write its name or its three-letter code (CHN, AFG, UZB …), or “stateless”.</source>
        <translation>«{value}» — Pana танымайтын ел; елдің атауын немесе үш әріптік кодын (CHN, AFG, UZB …) жазыңыз не «азаматтығы жоқ» деп көрсетіңіз.</translation>
    </message>
    <message>
        <source>“{value}” is not a status Pana knows. Pending petitions: registered or under examination; closed ones: withdrawn or abandoned (with the date closed).</source>
        <translation>«{value}» — Pana танымайтын күй. Қаралып жатқан өтінішхаттар үшін: «тіркелді» немесе «қаралуда»; жабылғандары үшін: «кері қайтарып алынды» немесе «келмеді» (жабылған күнімен бірге).</translation>
    </message>
    <message>
        <source>“{value}” records a decision, which a register row cannot bring in: Pana keeps a decision with its assessment, legal basis and approving supervisor. Import such cases from a Pana case file, or leave the row out and record the decision in Pana.</source>
        <translation>«{value}» шешімді білдіреді, ал тізілім жолымен шешімді енгізу мүмкін емес: Pana шешімді оның қорытындысымен, құқықтық негізімен және оны бекіткен басшымен бірге сақтайды. Мұндай істерді Pana ісінің файлынан импорттаңыз немесе бұл жолды алып тастап, шешімді Pana бағдарламасында енгізіңіз.</translation>
    </message>
    <message>
        <source>“{value}” is a step Pana records itself, with its record (the interview, the assessment); import the row as “under examination” and take the step in Pana.</source>
        <translation>«{value}» — Pana өзі жазатын қадам (әңгімелесу, қорытынды сияқты жазбасымен бірге); жолды «қаралуда» деп импорттап, бұл қадамды Pana-да жасаңыз.</translation>
    </message>
    <message>
        <source>a closed case needs its reason: withdrawn or abandoned (in the status or a “Reason for closing” column); “{value}” does not say which.</source>
        <translation>жабылған іс үшін жабу себебі қажет: «кері қайтарып алынды» немесе «келмеді» (күйінде немесе «Жабу себебі» бағанында); «{value}» мәнінен себебі анық емес.</translation>
    </message>
    <message>
        <source>“{name}” names several officers; write the officer&apos;s user name.</source>
        <translation>«{name}» бірнеше маманға сәйкес келеді; маманның пайдаланушы атын жазыңыз.</translation>
    </message>
    <message>
        <source>“{name}” is not an active officer; write an officer&apos;s user name or display name, or leave the cell empty to assign the case to yourself.</source>
        <translation>«{name}» белсенді маман емес; маманның пайдаланушы атын немесе толық аты-жөнін жазыңыз не істі өзіңізге тағайындау үшін ұяшықты бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>may be the same person as row {other} ({reasons}); keep one of the two rows, or confirm that they are different people.</source>
        <translation>№ {other} жолдағы адаммен бір адам болуы мүмкін ({reasons}); екі жолдың біреуін қалдырыңыз немесе олардың әртүрлі адамдар екенін растаңыз.</translation>
    </message>
    <message>
        <source>the end of the period cannot be before its start.</source>
        <extracomment>The age buckets of pending cases, in order, and the months that bound them. Statuses in which a refugee status is in force (its end is ``status_valid_to``). Closures that end a case without a decision on the merits. How many months ``expiring`` looks ahead of ``date_to``. Decisions on extending a status in the period, by Outcome value, most first. The day the pending cases and their ages are counted at (date_to, or today). The indexes the statistics read (migration 0007). Named in the SQL (``INDEXED BY``): without statistics of its own SQLite prefers the unique index on the same first column, which would make it read a table row per case.</extracomment>
        <translation>кезеңнің соңы оның басынан бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>this is not a laptop&apos;s request file; on the laptop, choose Offline → Ask for cases… and bring the file it writes.</source>
        <extracomment>At most this many new petitions per quota, and this long out.</extracomment>
        <translation>бұл ноутбуктің сұрау файлы емес; ноутбукте «Желіден тыс» мәзірінен «Істерді сұрау…» командасын таңдап, жасалған файлды әкеліңіз.</translation>
    </message>
    <message>
        <source>the laptop&apos;s request is for “{name}”, who is not an active officer or supervisor here; the laptop&apos;s user must have the same user name as at the office.</source>
        <translation>ноутбуктің сұрауы «{name}» атына жасалған, бірақ мұнда мұндай белсенді маман немесе басшы жоқ; ноутбук пайдаланушысының аты кеңседегі пайдаланушы атымен бірдей болуы керек.</translation>
    </message>
    <message>
        <source>the return date must be today or later.</source>
        <translation>қайтару күні бүгінгі күннен ерте болмауы керек.</translation>
    </message>
    <message>
        <source>cases can be out for at most {days} days; choose an earlier return date.</source>
        <translation>істерді ең көбі {days} күнтізбелік күнге беруге болады; қайтарудың ертерек күнін таңдаңыз.</translation>
    </message>
    <message>
        <source>the quota of new petitions must be between 0 and {limit}.</source>
        <translation>жаңа өтінішхаттар квотасы 0 мен {limit} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>choose at least one case, or give a quota of new petitions.</source>
        <translation>кемінде бір істі таңдаңыз немесе жаңа өтінішхаттар квотасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>an officer checks cases out to their own laptop only; this request is for “{name}”.</source>
        <translation>маман істерді тек өз ноутбугіне бере алады; бұл сұрау «{name}» атына жасалған.</translation>
    </message>
    <message>
        <source>case {number} is already checked out (to “{device}” until {until}); check it in first.</source>
        <translation>{number} ісі қазір ноутбукке берілген («{device}», қайтару мерзімі: {until}); алдымен оны қайтарыңыз.</translation>
    </message>
    <message>
        <source>say why the case is released before its laptop brings it back.</source>
        <translation>іс ноутбуктен қайтарылғанға дейін неліктен қайтарып алынатынын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Scan or paste the QR code&apos;s text, or type the certificate number and the verification code printed on it.</source>
        <translation>QR кодының мәтінін сканерлеңіз немесе қойыңыз, не болмаса куәлікте басылған нөмір мен тексеру кодын теріңіз.</translation>
    </message>
    <message>
        <source>QR code text</source>
        <translation>QR кодының мәтіні</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Куәлік нөмірі</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Тексеру коды</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Куәлікті тексеру</translation>
    </message>
    <message>
        <source>&amp;QR text:</source>
        <translation>&amp;QR мәтіні:</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>Куәлік &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Verification co&amp;de:</source>
        <translation>Тексеру &amp;коды:</translation>
    </message>
    <message>
        <source>Certificate {number} is genuine and valid until {date}.</source>
        <translation>№ {number} куәлік түпнұсқа, жарамдылық мерзімі: {date}.</translation>
    </message>
    <message>
        <source>Certificate {number} is genuine, but it expired on {date}.</source>
        <translation>№ {number} куәлік түпнұсқа, бірақ оның жарамдылық мерзімі өтіп кеткен (мерзімі аяқталған күн: {date}).</translation>
    </message>
    <message>
        <source>Certificate {number} was replaced by certificate {new}; only the new certificate is valid.</source>
        <translation>№ {number} куәлік № {new} куәлікпен ауыстырылған; тек жаңа куәлік жарамды.</translation>
    </message>
    <message>
        <source>Certificate {number} was voided; it is not valid.</source>
        <translation>№ {number} куәліктің күші жойылған; ол жарамсыз.</translation>
    </message>
    <message>
        <source>No certificate has this number and code. Check what you typed; if it is right, the certificate is not genuine.</source>
        <translation>Мұндай нөмірі мен коды бар куәлік жоқ. Енгізгеніңізді тексеріңіз; егер ол дұрыс болса, куәлік түпнұсқа емес.</translation>
    </message>
    <message>
        <source>issued on {date}</source>
        <translation>берілген күні: {date}</translation>
    </message>
    <message>
        <source>valid to {date}</source>
        <translation>жарамдылық мерзімі: {date}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Тексерілмеді</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Officer</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Іс жүргізуші</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Нәсілі</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Діни сенімі</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Ұлты</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Membership of a particular social group</source>
        <translation>Белгілі бір әлеуметтік топқа жататыны</translation>
    </message>
    <message>
        <source>Political opinion</source>
        <translation>Саяси нанымы</translation>
    </message>
    <message>
        <source>Kazakh (Cyrillic)</source>
        <translation>Қазақ кириллицасы</translation>
    </message>
    <message>
        <source>Russian (Cyrillic)</source>
        <translation>Орыс кириллицасы</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латын әліпбиі</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>Қытай иероглифтері</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>Араб жазуы</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Ресми</translation>
    </message>
    <message>
        <source>As in passport</source>
        <translation>Паспорт бойынша</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Басқа аты</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Бұрынғы аты</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Жол жүру құжаты</translation>
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
        <source>Sibling</source>
        <translation>Бауыры</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Басқа туысы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Мемлекеттік</translation>
    </message>
    <message>
        <source>Non-state</source>
        <translation>Мемлекеттік емес</translation>
    </message>
    <message>
        <source>State and non-state</source>
        <translation>Мемлекеттік және мемлекеттік емес</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <source>Camp (“re-education”)</source>
        <translation>«Қайта тәрбиелеу» лагері</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Азаптау немесе қатыгездік</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Қорқыту</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Family members targeted</source>
        <translation>Отбасы мүшелерін қудалау</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Сканерленген құжат</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <source>Court paper</source>
        <translation>Сот құжаты</translation>
    </message>
    <message>
        <source>Country-of-origin report</source>
        <translation>Шыққан ел туралы баяндама</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Медициналық қорытынды</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Тағайындалды</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өтті</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Келмеді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate</source>
        <translation>Пана іздеген адамның куәлігі</translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation>Босқын куәлігі</translation>
    </message>
    <message>
        <source>Receipt / asylum-seeker certificate</source>
        <translation>Пана іздеген адамның куәлігі</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Әңгімелесу хаттамасы</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Recognition as a refugee</source>
        <translation>Босқын мәртебесін беру</translation>
    </message>
    <message>
        <source>Refusal of refugee status</source>
        <translation>Босқын мәртебесін беруден бас тарту</translation>
    </message>
    <message>
        <source>Extension of refugee status</source>
        <translation>Босқын мәртебесінің қолданылу мерзімін ұзарту</translation>
    </message>
    <message>
        <source>Refusal to extend refugee status</source>
        <translation>Босқын мәртебесінің қолданылу мерзімін ұзартудан бас тарту</translation>
    </message>
    <message>
        <source>Termination of the examination</source>
        <translation>Өтінішхатты қарауды тоқтату</translation>
    </message>
    <message>
        <source>Cessation of refugee status</source>
        <translation>Босқын мәртебесін тоқтату</translation>
    </message>
    <message>
        <source>Revocation of refugee status</source>
        <translation>Босқын мәртебесінен айыру</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Replaced by a newer certificate</source>
        <translation>Жаңа куәлікпен ауыстырылған</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Not genuine: no certificate has this number and code</source>
        <translation>Түпнұсқа емес: мұндай нөмірі мен коды бар куәлік жоқ</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ауыстырылған</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <extracomment>The current user&apos;s own drafts: they cannot approve them.</extracomment>
        <translation>Босқын мәртебесі</translation>
    </message>
    <message>
        <source>Extension of status</source>
        <translation>Мәртебенің қолданылу мерзімін ұзарту</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Бекітуге жіберілді</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Ескертулермен қайтарылды</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Partly established</source>
        <translation>Ішінара анықталды</translation>
    </message>
    <message>
        <source>Not established</source>
        <translation>Анықталмады</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Әлі бағаланбаған</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Қолма-қол</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Поштамен</translation>
    </message>
    <message>
        <source>Through the representative</source>
        <translation>Өкіл арқылы</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Электрондық түрде</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Қолданылу мерзімінің өтуі</translation>
    </message>
    <message>
        <source>Cessation</source>
        <translation>Мәртебені тоқтату</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Мәртебеден айыру</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <source>Refusal upheld</source>
        <translation>Бас тарту күшінде қалдырылды</translation>
    </message>
    <message>
        <source>Appeal successful</source>
        <translation>Шағым қанағаттандырылды</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>Шағым кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Petition withdrawn</source>
        <translation>Өтінішхат кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Өтініш беруші келуін тоқтатты</translation>
    </message>
    <message>
        <source>Final refusal</source>
        <translation>Түпкілікті бас тарту</translation>
    </message>
    <message>
        <source>Status ended</source>
        <translation>Мәртебенің қолданылуы тоқтады</translation>
    </message>
    <message>
        <source>Examination terminated</source>
        <translation>Өтінішхатты қарау тоқтатылды</translation>
    </message>
    <message>
        <source>Recognise as refugee</source>
        <translation>Босқын мәртебесін беру</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Қарауды тоқтату</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Әлі бағаланбаған</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <source>Pana is locked</source>
        <extracomment>Milliseconds in a minute of idle time (tests make minutes short). Input that shows somebody is at the keyboard.</extracomment>
        <translation>Pana құлыпталды</translation>
    </message>
</context>
</TS>
