<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>The user logs in with this name and password. Tell them the password in person; they can change it later.</source>
        <translation>Пользователь входит в систему с этим именем и паролем. Сообщите ему пароль лично; позже он сможет его изменить.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Lower-case Latin letters, digits and . - _</source>
        <translation>Строчные латинские буквы, цифры и . - _</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Full name, shown to other users</source>
        <translation>Фамилия, имя и отчество, которые видят другие пользователи</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>Не менее %Ln символа.</numerusform>
            <numerusform>Не менее %Ln символов.</numerusform>
            <numerusform>Не менее %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Пароль еще раз</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>the two passwords differ.</source>
        <translation>пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <source>Appeal deadline: {date}.</source>
        <translation>Срок обжалования: {date}.</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>Регистрация жалобы</translation>
    </message>
    <message>
        <source>Lodged on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>e.g. Specialised inter-district administrative court</source>
        <translation>например, Специализированный межрайонный административный суд</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Номер дела в суде</translation>
    </message>
    <message>
        <source>&amp;Lodged on:</source>
        <translation>Дата &amp;подачи:</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>&amp;Суд:</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>&amp;Номер дела в суде:</translation>
    </message>
    <message>
        <source>Record the appeal lodged on {date}? The case becomes “{status}”.</source>
        <translation>Зарегистрировать жалобу, поданную {date}? Дело получит статус «{status}».</translation>
    </message>
    <message>
        <source>The appeal was recorded as LATE: lodged on {lodged}, after the deadline of {deadline}.</source>
        <translation>Жалоба зарегистрирована как поданная С ПРОПУСКОМ СРОКА: дата подачи — {lodged}, срок обжалования истек {deadline}.</translation>
    </message>
    <message>
        <source>Appeal recorded, lodged in time (the deadline was {deadline}).</source>
        <translation>Жалоба зарегистрирована, она подана в срок (срок обжалования — {deadline}).</translation>
    </message>
    <message>
        <source>Appeal recorded.</source>
        <translation>Жалоба зарегистрирована.</translation>
    </message>
</context>
<context>
    <name>AppealTable</name>
    <message>
        <source>Lodged on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>In time?</source>
        <translation>В срок?</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>№ дела в суде</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Outcome on</source>
        <translation>Дата рассмотрения</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <source>Names</source>
        <extracomment>The applicant&apos;s fields as the conflict dialog compares them: (attribute, label, text).</extracomment>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenships</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Без гражданства</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Вероисповедание</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Photo of the applicant</source>
        <translation>Фотография заявителя</translation>
    </message>
    <message>
        <source>C&amp;hange photo…</source>
        <translation>С&amp;менить фото…</translation>
    </message>
    <message>
        <source>Change the photo</source>
        <translation>Сменить фотографию</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG file, or drop one on the photo.</source>
        <translation>Выберите файл JPEG или PNG либо перетащите его на фотографию.</translation>
    </message>
    <message>
        <source>&amp;Fingerprints taken on…</source>
        <translation>Отпечатки пальцев &amp;сняты…</translation>
    </message>
    <message>
        <source>Record when fingerprints were taken</source>
        <translation>Отметить дату снятия отпечатков пальцев</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Ходатайство</translation>
    </message>
    <message>
        <source>Arrived:</source>
        <translation>Дата прибытия:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Дата регистрации:</translation>
    </message>
    <message>
        <source>Petition language:</source>
        <translation>Язык ходатайства:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>Я&amp;зык писем:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Certificates issued to the applicant</source>
        <translation>Свидетельства и удостоверения, выданные заявителю</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Свидетельства и удостоверения</translation>
    </message>
    <message>
        <source>Re&amp;new the asylum-seeker certificate…</source>
        <translation>&amp;Продлить свидетельство лица, ищущего убежище…</translation>
    </message>
    <message>
        <source>Renew the asylum-seeker certificate</source>
        <translation>Продлить свидетельство лица, ищущего убежище</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the applicant&apos;s details</source>
        <translation>Сохранить сведения о заявителе</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок действия истёк</translation>
    </message>
    <message>
        <source>Fingerprints taken on {date}.</source>
        <translation>Отпечатки пальцев сняты {date}.</translation>
    </message>
    <message>
        <source>Fingerprints not taken; they were due by {date}.</source>
        <translation>Отпечатки пальцев не сняты; их следовало снять до {date}.</translation>
    </message>
    <message>
        <source>Fingerprints not taken yet; due by {date}.</source>
        <translation>Отпечатки пальцев ещё не сняты; срок — до {date}.</translation>
    </message>
    <message>
        <source>Loading the photo…</source>
        <translation>Загрузка фотографии…</translation>
    </message>
    <message>
        <source>The photo could not be loaded.</source>
        <translation>Не удалось загрузить фотографию.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фотографии</translation>
    </message>
    <message>
        <source>No photo.
Drop a JPEG or PNG file here.</source>
        <translation>Нет фотографии.
Перетащите сюда файл JPEG или PNG.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Язык писем</translation>
    </message>
    <message>
        <source>Choose the applicant&apos;s photo</source>
        <translation>Выбор фотографии заявителя</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>This file is {size}; a photo can be at most {limit}. Save it smaller (for example 600 × 800 pixels) and choose it again.</source>
        <translation>Размер файла — {size}, а фотография может занимать не более {limit}. Сохраните её в меньшем размере (например, 600 × 800 пикселей) и выберите снова.</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>Не удалось прочитать файл ({reason}).</translation>
    </message>
    <message>
        <source>This file is not a JPEG or PNG image. Choose a photo saved as .jpg or .png.</source>
        <translation>Этот файл не является изображением JPEG или PNG. Выберите фотографию, сохранённую в формате .jpg или .png.</translation>
    </message>
    <message>
        <source>This file cannot be used as the photo: {reason}</source>
        <translation>Этот файл нельзя использовать как фотографию: {reason}</translation>
    </message>
    <message>
        <source>Renew the certificate</source>
        <translation>Продление свидетельства</translation>
    </message>
    <message>
        <source>Issue a new asylum-seeker certificate from today? The current one will be replaced.</source>
        <translation>Выдать новое свидетельство лица, ищущего убежище, с сегодняшнего дня? Действующее свидетельство будет заменено.</translation>
    </message>
    <message>
        <source>Certificate {number} issued.</source>
        <translation>Выдано свидетельство № {number}.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>There is no Pana database in {folder}.

Create one with “pana init”, or a demo with “pana demo”, or start Pana with --data-dir pointing at your data folder.</source>
        <translation>В папке {folder} нет базы данных Pana.

Создайте её командой «pana init» или создайте демонстрационную базу командой «pana demo», либо запустите Pana с параметром --data-dir, указав папку с данными.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Fil&amp;ter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <source>Filter the queue by case, applicant or drafter</source>
        <translation>Фильтр очереди по делу, заявителю или автору проекта</translation>
    </message>
    <message>
        <source>Case number, applicant or drafter…</source>
        <translation>Номер дела, заявитель или автор проекта…</translation>
    </message>
    <message>
        <source>&amp;Kind of decision:</source>
        <translation>&amp;Вид решения:</translation>
    </message>
    <message>
        <source>Filter by kind of decision</source>
        <translation>Фильтр по виду решения</translation>
    </message>
    <message>
        <source>Kinds of decision</source>
        <translation>Виды решений</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Обновить очередь</translation>
    </message>
    <message>
        <source>Load the queue again (F5)</source>
        <translation>Загрузить очередь заново (F5)</translation>
    </message>
    <message>
        <source>Decisions waiting for approval</source>
        <translation>Решения, ожидающие утверждения</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Returned for revision %Ln time(s)</source>
        <translation>
            <numerusform>Возвращено на доработку %Ln раз</numerusform>
            <numerusform>Возвращено на доработку %Ln раза</numerusform>
            <numerusform>Возвращено на доработку %Ln раз</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} (your draft — another supervisor must approve)</source>
        <translation>{user} (ваш проект — утвердить должен другой руководитель)</translation>
    </message>
    <message>
        <source>An extension has no statutory decision deadline.</source>
        <translation>Для продления срока действия статуса беженца срок принятия решения законом не установлен.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s)</source>
        <translation>
            <numerusform>Просрочено на %Ln день</numerusform>
            <numerusform>Просрочено на %Ln дня</numerusform>
            <numerusform>Просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The statutory decision deadline</source>
        <translation>Установленный законом срок принятия решения</translation>
    </message>
    <message>
        <source>The queue could not be loaded.</source>
        <translation>Не удалось загрузить очередь.</translation>
    </message>
    <message>
        <source>No decisions are waiting for approval.</source>
        <translation>Нет решений, ожидающих утверждения.</translation>
    </message>
    <message>
        <source>No decision in the queue matches the filter.</source>
        <translation>Ни одно решение в очереди не соответствует фильтру.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for approval: %Ln</source>
        <translation>
            <numerusform>На утверждении: %Ln</numerusform>
            <numerusform>На утверждении: %Ln</numerusform>
            <numerusform>На утверждении: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>past the decision deadline: %Ln</source>
        <translation>
            <numerusform>срок принятия решения истек: %Ln</numerusform>
            <numerusform>срок принятия решения истек: %Ln</numerusform>
            <numerusform>срок принятия решения истек: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>shown: {shown}</source>
        <translation>показано: {shown}</translation>
    </message>
</context>
<context>
    <name>ApprovalsQueue</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Рекомендуемое решение</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Направлено</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок принятия решения</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Ранее возвращалось</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Подготовил(а)</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the decision — {number}</source>
        <translation>Утверждение решения — {number}</translation>
    </message>
    <message>
        <source>Approving makes this the commission&apos;s decision. Enter your password to sign it.</source>
        <translation>После утверждения это решение становится решением комиссии. Чтобы подписать его, введите свой пароль.</translation>
    </message>
    <message>
        <source>Your password, to sign the approval</source>
        <translation>Ваш пароль для подписания утверждения</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата принятия решения</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Дата принятия решения:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <source>Approve the decision</source>
        <translation>Утвердить решение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel without approving</source>
        <translation>Закрыть без утверждения</translation>
    </message>
    <message>
        <source>Enter your password to approve.</source>
        <translation>Для утверждения введите пароль.</translation>
    </message>
    <message>
        <source>Checking your password and approving…</source>
        <translation>Проверка пароля и утверждение…</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>At least one interview must have been held.</source>
        <translation>Необходимо провести хотя бы одно собеседование.</translation>
    </message>
    <message>
        <source>Choose a recommended outcome.</source>
        <translation>Выберите рекомендуемое решение.</translation>
    </message>
    <message>
        <source>Choose the legal basis.</source>
        <translation>Выберите правовое основание.</translation>
    </message>
    <message>
        <source>The legal basis does not fit the recommended outcome.</source>
        <translation>Правовое основание не соответствует рекомендуемому решению.</translation>
    </message>
    <message>
        <source>Write the reasons (at least a sentence).</source>
        <translation>Изложите обоснование решения (хотя бы одно предложение).</translation>
    </message>
    <message>
        <source>Record the credibility finding: </source>
        <translation>Укажите вывод о достоверности: </translation>
    </message>
    <message>
        <source>Record the finding on well-founded fear.</source>
        <translation>Укажите вывод о вполне обоснованных опасениях.</translation>
    </message>
    <message>
        <source>Recognition needs at least one Convention ground with its nexus.</source>
        <translation>Для присвоения статуса беженца укажите хотя бы одно конвенционное основание и причинную связь с ним.</translation>
    </message>
    <message>
        <source>Draft the assessment first.</source>
        <translation>Сначала подготовьте проект заключения.</translation>
    </message>
    <message>
        <source>internal consistency</source>
        <extracomment>The credibility findings, as the service names them. The names ``missing_items`` gives the findings in &quot;Record the credibility finding: …&quot;.</extracomment>
        <translation>внутренняя согласованность</translation>
    </message>
    <message>
        <source>consistency with country information</source>
        <translation>соответствие информации о стране происхождения</translation>
    </message>
    <message>
        <source>plausibility</source>
        <translation>правдоподобность</translation>
    </message>
</context>
<context>
    <name>AssessmentSection</name>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>&amp;Internal consistency:</source>
        <translation>&amp;Внутренняя согласованность:</translation>
    </message>
    <message>
        <source>Internal consistency</source>
        <translation>Внутренняя согласованность</translation>
    </message>
    <message>
        <source>Consistency with c&amp;ountry information:</source>
        <translation>Соответствие информации о с&amp;тране происхождения:</translation>
    </message>
    <message>
        <source>Consistency with country-of-origin information</source>
        <translation>Соответствие информации о стране происхождения</translation>
    </message>
    <message>
        <source>&amp;Plausibility:</source>
        <translation>&amp;Правдоподобность:</translation>
    </message>
    <message>
        <source>Plausibility</source>
        <translation>Правдоподобность</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенционные основания</translation>
    </message>
    <message>
        <source>Tick each ground that applies and say how the feared harm is linked to it (the nexus).</source>
        <translation>Отметьте каждое применимое основание и укажите, как вред, которого опасается заявитель, связан с ним (причинная связь).</translation>
    </message>
    <message>
        <source>Nexus note: {ground}</source>
        <translation>Причинная связь: {ground}</translation>
    </message>
    <message>
        <source>How the feared harm is linked to this ground</source>
        <translation>Как вред, которого опасается заявитель, связан с этим основанием</translation>
    </message>
    <message>
        <source>Well-founded fear and exclusion</source>
        <translation>Вполне обоснованные опасения и основания для исключения</translation>
    </message>
    <message>
        <source>Well-founded fear</source>
        <translation>Вполне обоснованные опасения</translation>
    </message>
    <message>
        <source>&amp;Well-founded fear:</source>
        <translation>Вполне о&amp;боснованные опасения:</translation>
    </message>
    <message>
        <source>E&amp;xclusion grounds apply</source>
        <translation>Имеются основания для &amp;исключения</translation>
    </message>
    <message>
        <source>Exclusion grounds apply</source>
        <translation>Имеются основания для исключения</translation>
    </message>
    <message>
        <source>Exclusion: note</source>
        <translation>Основания для исключения: пояснение</translation>
    </message>
    <message>
        <source>Which exclusion ground applies, or why none does</source>
        <translation>Какое основание для исключения применимо или почему не применимо ни одно</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Пояснени&amp;е:</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Рекомендуемое решение</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Обоснование решения</translation>
    </message>
    <message>
        <source>Why this outcome: the facts found, the evidence weighed and the law applied</source>
        <translation>Почему предлагается это решение: установленные факты, оценённые доказательства и применённые нормы права</translation>
    </message>
    <message>
        <source>Recommended o&amp;utcome:</source>
        <translation>&amp;Рекомендуемое решение:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>Правовое &amp;основание:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>Обоснов&amp;ание решения:</translation>
    </message>
    <message>
        <source>Missing before the assessment can be submitted</source>
        <translation>Что нужно заполнить, чтобы направить заключение</translation>
    </message>
    <message>
        <source>Not submitted yet: the assessment is incomplete.</source>
        <translation>Пока не направлено: заключение заполнено не полностью.</translation>
    </message>
    <message>
        <source>&amp;Missing (double-click an item to go to the field):</source>
        <translation>&amp;Не хватает (дважды щёлкните пункт, чтобы перейти к полю):</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отменить из&amp;менения</translation>
    </message>
    <message>
        <source>Undo all unsaved changes to the assessment</source>
        <translation>Отменить все несохранённые изменения заключения</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Save the assessment as a draft</source>
        <translation>Сохранить заключение как проект</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Сохранить проект (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit for approval…</source>
        <translation>Направить на &amp;утверждение…</translation>
    </message>
    <message>
        <source>Submit the assessment for approval</source>
        <translation>Направить заключение на утверждение</translation>
    </message>
    <message>
        <source>{finding}: note</source>
        <translation>{finding}: пояснение</translation>
    </message>
    <message>
        <source>What the finding rests on</source>
        <translation>На чём основан вывод</translation>
    </message>
    <message>
        <source>{code} — {title} (does not fit the outcome)</source>
        <translation>{code} — {title} (не соответствует решению)</translation>
    </message>
    <message>
        <source>{code} (not in the list of articles)</source>
        <translation>{code} (нет в перечне статей)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned by the supervisor.&lt;/b&gt; Revise the assessment as asked below, then submit it again.</source>
        <translation>&lt;b&gt;Возвращено руководителем.&lt;/b&gt; Доработайте заключение с учётом замечаний ниже и направьте его снова.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier returns&lt;/b&gt; of this assessment by the supervisor:</source>
        <translation>&lt;b&gt;Предыдущие возвраты&lt;/b&gt; этого заключения руководителем:</translation>
    </message>
    <message>
        <source>{date} — {user}:</source>
        <translation>{date} — {user}:</translation>
    </message>
    <message>
        <source>Assessment of an extension of refugee status</source>
        <translation>Заключение о продлении срока действия статуса беженца</translation>
    </message>
    <message>
        <source>Assessment for refugee status</source>
        <translation>Заключение о присвоении статуса беженца</translation>
    </message>
    <message>
        <source>{what} · {state} · last saved by {user}</source>
        <translation>{what} · {state} · последнее сохранение: {user}</translation>
    </message>
    <message>
        <source>submitted {time}</source>
        <translation>направлено: {time}</translation>
    </message>
    <message>
        <source>{what} · new, not saved yet</source>
        <translation>{what} · новое, ещё не сохранено</translation>
    </message>
    <message>
        <source>Say whether the reasons for refugee status continue. The credibility findings are optional for an extension.</source>
        <translation>Укажите, сохраняются ли основания для статуса беженца. При продлении выводы о достоверности необязательны.</translation>
    </message>
    <message>
        <source>The officer drafts the assessment; you can read it here.</source>
        <translation>Заключение готовит специалист; здесь вы можете его прочитать.</translation>
    </message>
    <message>
        <source>Submitted for approval: a supervisor approves it or returns it with comments. It cannot be changed meanwhile.</source>
        <translation>Направлено на утверждение: руководитель утвердит его или вернёт с замечаниями. До этого его нельзя изменить.</translation>
    </message>
    <message>
        <source>The assessment can be changed only while the case is under assessment or an extension is examined; the case is “{status}”.</source>
        <translation>Заключение можно изменить, только пока идёт подготовка заключения или рассматривается заявление о продлении; статус дела — «{status}».</translation>
    </message>
    <message>
        <source>No assessment is open. The decisions taken are listed under “Decision and status”.</source>
        <translation>Открытого заключения нет. Принятые решения перечислены в разделе «Решение и статус».</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The assessment was submitted or decided in the meantime, so this draft cannot be saved. Copy what you need before reloading.</source>
        <translation>Тем временем заключение было направлено на утверждение или по нему принято решение, поэтому этот проект сохранить нельзя. Скопируйте нужное, прежде чем загружать данные заново.</translation>
    </message>
    <message>
        <source>Consistency with country information</source>
        <translation>Соответствие информации о стране происхождения</translation>
    </message>
    <message>
        <source>(not applied)</source>
        <translation>(не применяется)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Submit the assessment recommending “{outcome}” to a supervisor for approval? It cannot be changed while it waits; the supervisor approves it or returns it with comments.</source>
        <translation>Направить руководителю на утверждение заключение с рекомендуемым решением «{outcome}»? Пока оно ожидает утверждения, его нельзя изменить; руководитель утвердит его или вернёт с замечаниями.</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Направление на утверждение</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Не направлено</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Access refused</source>
        <translation>В доступе отказано</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Жалоба подана</translation>
    </message>
    <message>
        <source>Appeal outcome recorded</source>
        <translation>Результат обжалования внесён</translation>
    </message>
    <message>
        <source>Applicant photo changed</source>
        <translation>Фотография заявителя изменена</translation>
    </message>
    <message>
        <source>Applicant details changed</source>
        <translation>Сведения о заявителе изменены</translation>
    </message>
    <message>
        <source>Assessment drafted</source>
        <translation>Проект заключения подготовлен</translation>
    </message>
    <message>
        <source>Assessment returned for revision</source>
        <translation>Заключение возвращено на доработку</translation>
    </message>
    <message>
        <source>Assessment submitted for approval</source>
        <translation>Заключение направлено на утверждение</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Журнал аудита экспортирован</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Резервная копия создана автоматически</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Дело передано специалисту</translation>
    </message>
    <message>
        <source>Case checked in from a laptop</source>
        <translation>Дело возвращено с ноутбука</translation>
    </message>
    <message>
        <source>Petition registered on a laptop taken in</source>
        <translation>Принято ходатайство, зарегистрированное на ноутбуке</translation>
    </message>
    <message>
        <source>Case checked out to a laptop</source>
        <translation>Дело выдано на ноутбук</translation>
    </message>
    <message>
        <source>Case taken onto this laptop</source>
        <translation>Дело принято на этот ноутбук</translation>
    </message>
    <message>
        <source>Checked-out case released</source>
        <translation>Выданное на ноутбук дело отозвано</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Дело экспортировано</translation>
    </message>
    <message>
        <source>Decision deadline extended</source>
        <translation>Срок рассмотрения ходатайства продлён</translation>
    </message>
    <message>
        <source>Fingerprinting recorded</source>
        <translation>Дактилоскопическая регистрация отмечена</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Дело импортировано</translation>
    </message>
    <message>
        <source>Marked as not a duplicate</source>
        <translation>Отмечено, что дело не дублирует другое</translation>
    </message>
    <message>
        <source>Petition registered</source>
        <translation>Ходатайство зарегистрировано</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Рассмотрение дела возобновлено</translation>
    </message>
    <message>
        <source>Case file viewed</source>
        <translation>Дело просмотрено</translation>
    </message>
    <message>
        <source>Sensitive part of a case file viewed</source>
        <translation>Часть дела с ограниченным доступом просмотрена</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Выдано свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Свидетельство лица, ищущего убежище, продлено</translation>
    </message>
    <message>
        <source>Certificate replaced</source>
        <translation>Свидетельство или удостоверение заменено</translation>
    </message>
    <message>
        <source>Certificate checked</source>
        <translation>Свидетельство или удостоверение проверено</translation>
    </message>
    <message>
        <source>Claim saved</source>
        <translation>Доводы заявителя сохранены</translation>
    </message>
    <message>
        <source>Court ruling removed</source>
        <translation>Судебное решение удалено</translation>
    </message>
    <message>
        <source>Criminal proceeding removed</source>
        <translation>Сведения об уголовном деле удалены</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>База данных восстановлена из резервной копии</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Решение утверждено</translation>
    </message>
    <message>
        <source>Decision served</source>
        <translation>Решение вручено</translation>
    </message>
    <message>
        <source>Identity document added</source>
        <translation>Документ, удостоверяющий личность, добавлен</translation>
    </message>
    <message>
        <source>Document handed over</source>
        <translation>Документ вручён</translation>
    </message>
    <message>
        <source>Document printed</source>
        <translation>Документ напечатан</translation>
    </message>
    <message>
        <source>Document reprinted</source>
        <translation>Документ напечатан повторно</translation>
    </message>
    <message>
        <source>Identity document changed</source>
        <translation>Документ, удостоверяющий личность, изменён</translation>
    </message>
    <message>
        <source>Document voided</source>
        <translation>Документ аннулирован</translation>
    </message>
    <message>
        <source>Border crossing added</source>
        <translation>Сведения о пересечении границы добавлены</translation>
    </message>
    <message>
        <source>Border crossing changed</source>
        <translation>Сведения о пересечении границы изменены</translation>
    </message>
    <message>
        <source>Border crossing removed</source>
        <translation>Сведения о пересечении границы удалены</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Доказательство приобщено</translation>
    </message>
    <message>
        <source>Register of issued documents exported</source>
        <translation>Журнал регистрации выданных документов экспортирован</translation>
    </message>
    <message>
        <source>Registry of cases exported</source>
        <translation>Реестр дел экспортирован</translation>
    </message>
    <message>
        <source>Statistics exported</source>
        <translation>Статистика экспортирована</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Подано заявление о продлении</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Член семьи добавлен</translation>
    </message>
    <message>
        <source>Family member removed</source>
        <translation>Член семьи удалён</translation>
    </message>
    <message>
        <source>Family member changed</source>
        <translation>Сведения о члене семьи изменены</translation>
    </message>
    <message>
        <source>Identity document removed</source>
        <translation>Документ, удостоверяющий личность, удалён</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Случай преследования добавлен</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Случай преследования удалён</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Случай преследования изменён</translation>
    </message>
    <message>
        <source>Interpreter registered</source>
        <translation>Переводчик зарегистрирован</translation>
    </message>
    <message>
        <source>Interview: applicant did not come</source>
        <translation>Собеседование: заявитель не явился</translation>
    </message>
    <message>
        <source>Interview recorded</source>
        <translation>Протокол собеседования внесён</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Собеседование назначено</translation>
    </message>
    <message>
        <source>Criminal proceeding added</source>
        <translation>Сведения об уголовном деле добавлены</translation>
    </message>
    <message>
        <source>Criminal proceeding changed</source>
        <translation>Сведения об уголовном деле изменены</translation>
    </message>
    <message>
        <source>Recovery sheet printed</source>
        <translation>Лист с ключом восстановления напечатан</translation>
    </message>
    <message>
        <source>Representative registered</source>
        <translation>Представитель зарегистрирован</translation>
    </message>
    <message>
        <source>Representative assigned</source>
        <translation>Представитель указан в деле</translation>
    </message>
    <message>
        <source>Representative changed</source>
        <translation>Сведения о представителе изменены</translation>
    </message>
    <message>
        <source>Case anonymised (retention)</source>
        <translation>Дело обезличено (истёк срок хранения)</translation>
    </message>
    <message>
        <source>Case deleted (retention)</source>
        <translation>Дело уничтожено (истёк срок хранения)</translation>
    </message>
    <message>
        <source>Court ruling added</source>
        <translation>Судебное решение добавлено</translation>
    </message>
    <message>
        <source>Court ruling changed</source>
        <translation>Судебное решение изменено</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Настройка изменена</translation>
    </message>
    <message>
        <source>Refugee status ended</source>
        <translation>Действие статуса беженца прекращено</translation>
    </message>
    <message>
        <source>Check-out package taken in</source>
        <translation>Пакет выдачи принят</translation>
    </message>
    <message>
        <source>Check-in file written</source>
        <translation>Файл возврата записан</translation>
    </message>
    <message>
        <source>Quota of new petitions given to a laptop</source>
        <translation>Ноутбуку выделена квота новых ходатайств</translation>
    </message>
    <message>
        <source>Cases handed back removed from the laptop</source>
        <translation>Возвращённые дела удалены с ноутбука</translation>
    </message>
    <message>
        <source>Database created</source>
        <translation>База данных создана</translation>
    </message>
    <message>
        <source>Database moved to the commission server</source>
        <translation>База данных перенесена на сервер комиссии</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Пользователь добавлен</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Пользователь отключён</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включён</translation>
    </message>
    <message>
        <source>Interface language changed</source>
        <translation>Язык интерфейса изменён</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <source>Account locked after failed logins</source>
        <translation>Учётная запись заблокирована после неудачных попыток входа</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Вход в систему выполнен</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Неудачная попытка входа</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <source>Password reset with the recovery key</source>
        <translation>Пароль сброшен с помощью ключа восстановления</translation>
    </message>
    <message>
        <source>Password reset by an administrator</source>
        <translation>Пароль сброшен администратором</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Роль изменена</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Экран разблокирован</translation>
    </message>
    <message>
        <source>Refused access</source>
        <extracomment>The first part of a code, for choosing all of its kind at once.</extracomment>
        <translation>Отказы в доступе</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обжалование</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Свидетельства и удостоверения</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуки</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Border crossings</source>
        <translation>Пересечение границы</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>Члены семьи</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи преследования</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Собеседования</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Представители</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Сроки хранения</translation>
    </message>
    <message>
        <source>Court rulings</source>
        <translation>Судебные решения</translation>
    </message>
    <message>
        <source>Users and logins</source>
        <translation>Пользователи и вход в систему</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <source>appeal</source>
        <extracomment>What an entry is about (its entity), as the &quot;What&quot; column names it.</extracomment>
        <translation>жалоба</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>заявитель</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервная копия</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>representation</source>
        <translation>представительство по делу</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>check-out to a laptop</source>
        <translation>выдача на ноутбук</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>доводы заявителя</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <source>commission profile</source>
        <translation>профиль комиссии</translation>
    </message>
    <message>
        <source>court ruling</source>
        <translation>судебное решение</translation>
    </message>
    <message>
        <source>criminal proceeding</source>
        <translation>уголовное дело</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>duplicate check</source>
        <translation>проверка на дублирование дел</translation>
    </message>
    <message>
        <source>border crossing</source>
        <translation>пересечение границы</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <source>extension application</source>
        <translation>заявление о продлении</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>член семьи</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>случай преследования</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>собеседование</translation>
    </message>
    <message>
        <source>printed document</source>
        <translation>напечатанный документ</translation>
    </message>
    <message>
        <source>service of the decision</source>
        <translation>вручение решения</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Checking the audit chain…</source>
        <extracomment>Longest a single value gets in the table&apos;s summary of changes. Bookkeeping fields left out of the one-line summary (the detail shows them).</extracomment>
        <translation>Проверка цепочки записей аудита…</translation>
    </message>
    <message>
        <source>State of the audit chain</source>
        <translation>Состояние цепочки записей аудита</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Записи аудита, сначала новые</translation>
    </message>
    <message>
        <source>Entries by user</source>
        <translation>Записи пользователя</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <source>Entries about a case number</source>
        <translation>Записи по номеру дела</translation>
    </message>
    <message>
        <source>Case number or part of it</source>
        <translation>Номер дела или его часть</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Вид действия</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Entries from this day</source>
        <translation>Записи начиная с этого дня</translation>
    </message>
    <message>
        <source>Entries up to this day</source>
        <translation>Записи по этот день включительно</translation>
    </message>
    <message>
        <source>Leave empty for any day</source>
        <translation>Оставьте пустым, чтобы не ограничивать дату</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Поиск в журнале аудита</translation>
    </message>
    <message>
        <source>Search with these filters (Enter)</source>
        <translation>Найти по этим фильтрам (Enter)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Оч&amp;истить</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the matching entries to a CSV file</source>
        <translation>Экспортировать найденные записи в файл CSV</translation>
    </message>
    <message>
        <source>Write every entry matching the filters to a CSV file (for Excel)</source>
        <translation>Сохранить все записи, отвечающие фильтрам, в файл CSV (для Excel)</translation>
    </message>
    <message>
        <source>Search again and check the chain</source>
        <translation>Повторить поиск и проверить цепочку</translation>
    </message>
    <message>
        <source>Search again and check the audit chain (F5)</source>
        <translation>Повторить поиск и проверить цепочку записей аудита (F5)</translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>&amp;Дело:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Д&amp;ействие:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Выберите запись, чтобы увидеть изменения.</translation>
    </message>
    <message>
        <source>Fields of the selected entry, before and after</source>
        <translation>Поля выбранной записи: до и после изменения</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>values withheld</source>
        <translation>значения скрыты</translation>
    </message>
    <message>
        <source>{family}… (all {count})</source>
        <translation>{family}… (все, {count})</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>The “to” day is before the “from” day: change one of them.</source>
        <translation>Дата «по» раньше даты «с»: измените одну из них.</translation>
    </message>
    <message>
        <source>No entry matches these filters.</source>
        <translation>Нет записей, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>The newest {count} matching entries are shown; narrow the filters to see older ones. An export takes every matching entry.</source>
        <translation>Показаны последние {count} найденных записей; чтобы увидеть более ранние, уточните фильтры. При экспорте выгружаются все найденные записи.</translation>
    </message>
    <message numerus="yes">
        <source>Entries: %Ln</source>
        <translation>
            <numerusform>Записи: %Ln</numerusform>
            <numerusform>Записи: %Ln</numerusform>
            <numerusform>Записи: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Values of entries about a case are withheld: your role may not read case files.</source>
        <translation>Значения в записях о делах скрыты: вашей роли не разрешено просматривать дела.</translation>
    </message>
    <message>
        <source>The audit chain could not be checked: {reason}</source>
        <translation>Не удалось проверить цепочку записей аудита: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain intact: %Ln entries checked</source>
        <translation>
            <numerusform>✔ Цепочка записей аудита не нарушена: проверена %Ln запись</numerusform>
            <numerusform>✔ Цепочка записей аудита не нарушена: проверены %Ln записи</numerusform>
            <numerusform>✔ Цепочка записей аудита не нарушена: проверено %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Audit chain broken at entry #{seq}. That entry was changed, removed or inserted outside Pana; the entries before it are sound. Keep every backup: they hold the entry as it was.</source>
        <translation>✖ Цепочка записей аудита нарушена на записи № {seq}. Эта запись была изменена, удалена или добавлена в обход Pana; записи до нее не повреждены. Сохраните все резервные копии: в них эта запись хранится в исходном виде.</translation>
    </message>
    <message>
        <source>Entry #{seq}</source>
        <translation>Запись № {seq}</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>дело {number}</translation>
    </message>
    <message>
        <source>This entry records the action only; no values changed.</source>
        <translation>Эта запись фиксирует только действие; значения не изменялись.</translation>
    </message>
    <message>
        <source>The values are withheld: your role may not read case files. The fields show what changed.</source>
        <translation>Значения скрыты: вашей роли не разрешено просматривать дела. По полям видно, что изменилось.</translation>
    </message>
    <message>
        <source>(withheld)</source>
        <translation>(скрыто)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>The CSV file is not encrypted, and it holds what the entries hold — including applicants&apos; personal data. Keep it on an encrypted drive and delete it when it is no longer needed.

Export every entry matching the filters?</source>
        <translation>Файл CSV не зашифрован и содержит все, что содержат записи, — в том числе персональные данные заявителей. Храните его на зашифрованном носителе и удалите, когда он станет не нужен.

Экспортировать все записи, соответствующие фильтрам?</translation>
    </message>
    <message>
        <source>Export the audit trail as CSV</source>
        <translation>Экспорт журнала аудита в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exports need your password again:</source>
        <translation>Для экспорта введите пароль еще раз:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to {file}.</source>
        <translation>
            <numerusform>%Ln запись экспортирована в файл {file}.</numerusform>
            <numerusform>%Ln записи экспортированы в файл {file}.</numerusform>
            <numerusform>%Ln записей экспортировано в файл {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Экспорт не выполнен</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>BackupProgress</name>
    <message>
        <source>Progress of the backup</source>
        <extracomment>How often the main window looks whether an automatic backup is due. The first look after logging in, when the laptop has just been switched on.</extracomment>
        <translation>Ход резервного копирования</translation>
    </message>
    <message>
        <source>Waiting to start…</source>
        <translation>Ожидание начала…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the backup before it starts</source>
        <translation>Отменить резервное копирование до его начала</translation>
    </message>
    <message>
        <source>A backup that has started runs to its end</source>
        <translation>Начатое резервное копирование выполняется до конца</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
    <message>
        <source>Copied {done} of {total} pages</source>
        <translation>Скопировано страниц: {done} из {total}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>A backup is a copy of the whole database, encrypted with the same key, with the key file beside it (.keys). Keep backups on a drive stored apart from this computer: they open with the same passwords.</source>
        <extracomment>The file written (back up now, or an automatic backup run from here). A backup failed; the message in the interface language.</extracomment>
        <translation>Резервная копия — это копия всей базы данных, зашифрованная тем же ключом; рядом с ней лежит файл ключей (.keys). Храните резервные копии на носителе, который находится отдельно от этого компьютера: они открываются теми же паролями.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию сейчас</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <source>Back up now to a file you choose</source>
        <translation>Создать резервную копию сейчас в выбранном файле</translation>
    </message>
    <message>
        <source>Choose where to write the backup; it is checked after it is written.</source>
        <translation>Выберите, куда записать резервную копию; после записи она будет проверена.</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
        <source>No folder: automatic backups are off</source>
        <translation>Папка не задана: автоматическое резервное копирование отключено</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Выбрать папку для автоматических резервных копий</translation>
    </message>
    <message>
        <source>Hours between automatic backups</source>
        <translation>Интервал между автоматическими резервными копиями в часах</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Сколько автоматических резервных копий хранить</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> шт.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the automatic backup settings</source>
        <translation>Сохранить настройки автоматического резервного копирования</translation>
    </message>
    <message>
        <source>Run automatic backup now</source>
        <translation>Запустить автоматическое копирование сейчас</translation>
    </message>
    <message>
        <source>Take the automatic backup now</source>
        <translation>Создать автоматическую резервную копию сейчас</translation>
    </message>
    <message>
        <source>Older automatic backups of this database are deleted; other files in the folder are never touched.</source>
        <translation>Более старые автоматические резервные копии этой базы данных удаляются; другие файлы в папке никогда не затрагиваются.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Каждые:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Хранить:</translation>
    </message>
    <message>
        <source>Last automatic backup: {time} ({state}), {file}</source>
        <translation>Последняя автоматическая резервная копия: {time} ({state}), {file}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>успешно</translation>
    </message>
    <message>
        <source>Last automatic backup: none yet.</source>
        <translation>Последняя автоматическая резервная копия: пока нет.</translation>
    </message>
    <message>
        <source>Next: {time}</source>
        <translation>Следующая: {time}</translation>
    </message>
    <message>
        <source>Next: now (due)</source>
        <translation>Следующая: сейчас (время наступило)</translation>
    </message>
    <message>
        <source>Automatic backups are off: choose a folder and save.</source>
        <translation>Автоматическое резервное копирование отключено: выберите папку и сохраните настройки.</translation>
    </message>
    <message>
        <source>The automatic backup at {time} failed: {problem}</source>
        <translation>Автоматическое резервное копирование не выполнено (время: {time}): {problem}</translation>
    </message>
    <message>
        <source>The backup failed: see why above.</source>
        <translation>Резервное копирование не выполнено: причина указана выше.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Куда сохранить резервную копию</translation>
    </message>
    <message>
        <source>Pana backups (*.db)</source>
        <translation>Резервные копии Pana (*.db)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>The backup was cancelled before it started; nothing was written.</source>
        <translation>Резервное копирование отменено до начала; ничего не записано.</translation>
    </message>
    <message>
        <source>No folder is set for automatic backups: choose one and save.</source>
        <translation>Папка для автоматических резервных копий не задана: выберите ее и сохраните настройки.</translation>
    </message>
    <message>
        <source>Backup written to {path} and checked: it opens with the key and is whole. Its key file is beside it.</source>
        <translation>Резервная копия записана в {path} и проверена: она открывается ключом и не повреждена. Файл ключей находится рядом с ней.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Ошибка резервного копирования</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>Progress of the batch</source>
        <translation>Ход обработки пакета документов</translation>
    </message>
    <message>
        <source>Saving documents</source>
        <translation>Сохранение документов</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop after the current document</source>
        <translation>Остановить после текущего документа</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Остановка после текущего документа…</translation>
    </message>
    <message>
        <source>Saving {n} of {total}: {what}</source>
        <translation>Сохранение {n} из {total}: {what}</translation>
    </message>
    <message>
        <source>Printing {n} of {total}: {what}</source>
        <translation>Печать {n} из {total}: {what}</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Assessment</source>
        <extracomment>The states in which the officer drafts: those from which the assessment is submitted. The assessment states in which a draft is still being written (draft, returned).</extracomment>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Claim and incidents</source>
        <translation>Доводы и случаи преследования</translation>
    </message>
    <message>
        <source>Decision and status</source>
        <translation>Решение и статус</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Собеседования</translation>
    </message>
    <message>
        <source>Entry and legal history</source>
        <translation>Въезд и правовая история</translation>
    </message>
    <message>
        <source>You can read this part of the case file; your role cannot change it.</source>
        <translation>Вы можете просматривать этот раздел дела, но ваша роль не позволяет его изменять.</translation>
    </message>
    <message>
        <source>The case is out on a laptop: it can be changed here again once it is checked in (or released).</source>
        <translation>Дело выдано на ноутбук: изменять его здесь снова можно будет после возврата (или отзыва).</translation>
    </message>
    <message>
        <source>The case file cannot be changed while the case is “{status}”.</source>
        <translation>Дело нельзя изменить, пока оно в статусе «{status}».</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <source>Case {number} — Pana</source>
        <extracomment>The sections in the order the officer works through them: (module, class).</extracomment>
        <translation>Дело {number} — Pana</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Sections of the case file</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
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
        <translation>Специалист: {officer}</translation>
    </message>
    <message>
        <source>Registered {date}</source>
        <translation>Дата регистрации: {date}</translation>
    </message>
    <message>
        <source>Decision due {date}</source>
        <translation>Срок принятия решения: {date}</translation>
    </message>
    <message>
        <source>Status valid until {date}</source>
        <translation>Статус действителен до {date}</translation>
    </message>
    <message>
        <source>Appeal until {date}</source>
        <translation>Срок обжалования: {date}</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>Petition registered</source>
        <translation>Ходатайство зарегистрировано</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Собеседование назначено</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Подготовка заключения</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>На утверждении</translation>
    </message>
    <message>
        <source>Decided, to be notified</source>
        <translation>Решение принято, не вручено</translation>
    </message>
    <message>
        <source>Refugee status granted</source>
        <translation>Статус беженца присвоен</translation>
    </message>
    <message>
        <source>Extension requested</source>
        <translation>Подано заявление о продлении</translation>
    </message>
    <message>
        <source>Extension pending approval</source>
        <translation>Продление на утверждении</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Жалоба подана</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дело закрыто</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок принятия решения</translation>
    </message>
    <message>
        <source>Status valid until</source>
        <translation>Статус действителен до</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Сортировка по этому столбцу невозможна</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Вернуть дела</translation>
    </message>
    <message>
        <source>Check cases in to the server</source>
        <translation>Возврат дел на сервер</translation>
    </message>
    <message>
        <source>Bring the cases on this laptop back to the commission server. What you changed here is merged with the office&apos;s copy; where both changed the same value you choose which to keep. The cases leave this laptop once the server has them.</source>
        <translation>Дела с этого ноутбука возвращаются на сервер комиссии. Внесённые здесь изменения объединяются с копией в офисе; если одно и то же значение изменено с обеих сторон, вы выбираете, какое оставить. Как только сервер примет дела, они будут удалены с этого ноутбука.</translation>
    </message>
    <message>
        <source>Cases going back</source>
        <translation>Возвращаемые дела</translation>
    </message>
    <message>
        <source>&amp;Decide the conflicts…</source>
        <translation>&amp;Устранить расхождения…</translation>
    </message>
    <message>
        <source>Decide the values changed on both sides</source>
        <translation>Выбрать значения, изменённые с обеих сторон</translation>
    </message>
    <message>
        <source>changed on both sides</source>
        <translation>изменено с обеих сторон</translation>
    </message>
    <message>
        <source>changed on this laptop</source>
        <translation>изменено на этом ноутбуке</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>new petition</source>
        <translation>новое ходатайство</translation>
    </message>
    <message>
        <source>No value was changed both here and at the office.</source>
        <translation>Нет значений, изменённых и здесь, и в офисе.</translation>
    </message>
    <message>
        <source>Meanwhile values were changed at the office too: decide the new conflicts, then check in again. Nothing was changed.</source>
        <translation>Тем временем значения были изменены и в офисе: устраните новые расхождения, затем снова верните дела. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check &amp;out to this laptop</source>
        <translation>&amp;Выдать на этот ноутбук</translation>
    </message>
    <message>
        <source>Check cases out from the server</source>
        <translation>Выдача дел с сервера на ноутбук</translation>
    </message>
    <message>
        <source>Take cases from the commission server to work on them on this laptop without the network. At the office they can be read, but not changed, until you check them in.</source>
        <translation>Возьмите дела с сервера комиссии, чтобы работать с ними на этом ноутбуке без подключения к сети. Пока вы их не вернёте, в офисе их можно просматривать, но нельзя изменять.</translation>
    </message>
    <message>
        <source>Your cases on the server:</source>
        <translation>Ваши дела на сервере:</translation>
    </message>
    <message>
        <source>Cases to take</source>
        <translation>Дела для выдачи на ноутбук</translation>
    </message>
    <message>
        <source>Other case numbers</source>
        <translation>Другие номера дел</translation>
    </message>
    <message>
        <source>Bring them back by</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <source>New petitions allowed</source>
        <translation>Квота новых ходатайств</translation>
    </message>
    <message>
        <source>Other case &amp;numbers:</source>
        <translation>Другие &amp;номера дел:</translation>
    </message>
    <message>
        <source>Bring them &amp;back by:</source>
        <translation>Вернуть &amp;до:</translation>
    </message>
    <message>
        <source>New petitions &amp;allowed:</source>
        <translation>&amp;Квота новых ходатайств:</translation>
    </message>
    <message>
        <source>(out to “{device}” until {date})</source>
        <translation>(выдано на ноутбук «{device}» до {date})</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check in from a laptop</source>
        <extracomment>The cases were checked in (their numbers, and the new petitions&apos; new numbers).</extracomment>
        <translation>Возврат дел с ноутбука</translation>
    </message>
    <message>
        <source>The laptop&apos;s check-in file</source>
        <translation>Файл возврата с ноутбука</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл ещё не выбран</translation>
    </message>
    <message>
        <source>Choose the check-in &amp;file…</source>
        <translation>Выбрать файл &amp;возврата…</translation>
    </message>
    <message>
        <source>Choose the laptop&apos;s check-in file</source>
        <translation>Выбрать файл возврата с ноутбука</translation>
    </message>
    <message>
        <source>Check-in file:</source>
        <translation>Файл возврата:</translation>
    </message>
    <message>
        <source>On the laptop, write the check-in file, then choose it here.</source>
        <translation>На ноутбуке запишите файл возврата, затем выберите его здесь.</translation>
    </message>
    <message>
        <source>Cases in the check-in file</source>
        <translation>Дела в файле возврата</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Changed on the laptop</source>
        <translation>Изменено на ноутбуке</translation>
    </message>
    <message>
        <source>Changed at the office</source>
        <translation>Изменено в офисе</translation>
    </message>
    <message>
        <source>Values to choose</source>
        <translation>Значения к выбору</translation>
    </message>
    <message>
        <source>At the office now</source>
        <translation>Состояние в офисе</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>Вернуть &amp;дела…</translation>
    </message>
    <message>
        <source>Check the cases in</source>
        <translation>Вернуть дела</translation>
    </message>
    <message>
        <source>Save the &amp;receipt…</source>
        <translation>Сохранить &amp;квитанцию о приёме…</translation>
    </message>
    <message>
        <source>Save the receipt for the laptop</source>
        <translation>Сохранить квитанцию о приёме для ноутбука</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
    <message>
        <source>Pana exchange files (*.pana);;All files (*)</source>
        <translation>Файлы обмена Pana (*.pana);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“{file}” is too large to be a check-in file.</source>
        <translation>Файл «{file}» слишком велик: это не может быть файл возврата.</translation>
    </message>
    <message>
        <source>“{file}” could not be read: {reason}</source>
        <translation>Не удалось прочитать файл «{file}»: {reason}</translation>
    </message>
    <message>
        <source>Reading the check-in file…</source>
        <translation>Чтение файла возврата…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>From the laptop “{device}” of {user}.</source>
        <translation>С ноутбука «{device}» пользователя {user}.</translation>
    </message>
    <message numerus="yes">
        <source>Cases: %Ln</source>
        <translation>
            <numerusform>Дела: %Ln</numerusform>
            <numerusform>Дела: %Ln</numerusform>
            <numerusform>Дела: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>changed on the laptop: {laptop}, at the office: {office}</source>
        <translation>изменено на ноутбуке: {laptop}, в офисе: {office}</translation>
    </message>
    <message numerus="yes">
        <source>New petitions registered on the laptop: %Ln (they get their own numbers now)</source>
        <translation>
            <numerusform>Новые ходатайства, зарегистрированные на ноутбуке: %Ln (сейчас им будут присвоены постоянные номера)</numerusform>
            <numerusform>Новые ходатайства, зарегистрированные на ноутбуке: %Ln (сейчас им будут присвоены постоянные номера)</numerusform>
            <numerusform>Новые ходатайства, зарегистрированные на ноутбуке: %Ln (сейчас им будут присвоены постоянные номера)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the laptop&apos;s audit trail: %Ln</source>
        <translation>
            <numerusform>Записи журнала аудита ноутбука: %Ln</numerusform>
            <numerusform>Записи журнала аудита ноутбука: %Ln</numerusform>
            <numerusform>Записи журнала аудита ноутбука: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Values changed on both sides: %Ln — you choose each one before the check-in.</source>
        <translation>
            <numerusform>Значения, изменённые с обеих сторон: %Ln — перед возвратом дел вы сделаете выбор по каждому из них.</numerusform>
            <numerusform>Значения, изменённые с обеих сторон: %Ln — перед возвратом дел вы сделаете выбор по каждому из них.</numerusform>
            <numerusform>Значения, изменённые с обеих сторон: %Ln — перед возвратом дел вы сделаете выбор по каждому из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>No value was changed on both sides.</source>
        <translation>Нет значений, изменённых с обеих сторон.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet: choose Check in… to take the laptop&apos;s work.</source>
        <translation>Пока ничего не изменено: нажмите «Вернуть дела…», чтобы принять работу, выполненную на ноутбуке.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Checking the cases in…</source>
        <translation>Возврат дел…</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %Ln case(s).</source>
        <translation>
            <numerusform>Возвращено дел: %Ln.</numerusform>
            <numerusform>Возвращено дел: %Ln.</numerusform>
            <numerusform>Возвращено дел: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed by the laptop&apos;s work: {numbers}</source>
        <translation>Изменены по итогам работы на ноутбуке: {numbers}</translation>
    </message>
    <message>
        <source>Unchanged: {numbers}</source>
        <translation>Без изменений: {numbers}</translation>
    </message>
    <message>
        <source>Taken in before, left as they are: {numbers}</source>
        <translation>Приняты ранее, оставлены без изменений: {numbers}</translation>
    </message>
    <message numerus="yes">
        <source>Values chosen on the conflict screen: %Ln</source>
        <translation>
            <numerusform>Значения, выбранные в окне расхождений: %Ln</numerusform>
            <numerusform>Значения, выбранные в окне расхождений: %Ln</numerusform>
            <numerusform>Значения, выбранные в окне расхождений: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>New petitions and their numbers:</source>
        <translation>Новые ходатайства и их номера:</translation>
    </message>
    <message>
        <source>Now save the receipt and take it to the laptop: it removes the checked-in cases from the laptop.</source>
        <translation>Теперь сохраните квитанцию о приёме и перенесите её на ноутбук: по ней возвращённые дела будут удалены с ноутбука.</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Дела не возвращены</translation>
    </message>
    <message>
        <source>Nothing was changed. The file is read again: choose Check in… once more.</source>
        <translation>Ничего не изменено. Файл перечитывается: нажмите «Вернуть дела…» ещё раз.</translation>
    </message>
    <message>
        <source>The receipt is not saved yet: choose Save the receipt… before you close this window.</source>
        <translation>Квитанция о приёме ещё не сохранена: нажмите «Сохранить квитанцию о приёме…», прежде чем закрыть это окно.</translation>
    </message>
    <message>
        <source>The cases are checked in, but the receipt could not be saved: {problem}

It is still here: choose Save the receipt… to write it to another folder or drive.</source>
        <translation>Дела возвращены, но сохранить квитанцию о приёме не удалось: {problem}

Она по-прежнему доступна здесь: нажмите «Сохранить квитанцию о приёме…», чтобы записать её в другую папку или на другой диск.</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Квитанция о приёме не сохранена</translation>
    </message>
    <message>
        <source>The receipt is saved as {path}. On the laptop, open it to finish: the checked-in cases are removed from the laptop.</source>
        <translation>Квитанция о приёме сохранена в файл {path}. Откройте её на ноутбуке, чтобы завершить возврат: возвращённые дела будут удалены с ноутбука.</translation>
    </message>
    <message>
        <source>The receipt is not saved</source>
        <translation>Квитанция о приёме не сохранена</translation>
    </message>
    <message>
        <source>The cases are checked in, but the receipt for the laptop is not saved. Without it the laptop keeps its copies of the cases. Close anyway?</source>
        <translation>Дела возвращены, но квитанция о приёме для ноутбука не сохранена. Без неё копии дел останутся на ноутбуке. Всё равно закрыть?</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Check out to a laptop</source>
        <extracomment>The cases were checked out (their numbers). The package file was written (its path).</extracomment>
        <translation>Выдача дел на ноутбук</translation>
    </message>
    <message>
        <source>1. The laptop</source>
        <translation>1. Ноутбук</translation>
    </message>
    <message>
        <source>The laptop&apos;s request file</source>
        <translation>Файл запроса с ноутбука</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл ещё не выбран</translation>
    </message>
    <message>
        <source>Choose the &amp;request file…</source>
        <translation>Выбрать файл &amp;запроса…</translation>
    </message>
    <message>
        <source>Choose the laptop&apos;s request file</source>
        <translation>Выбрать файл запроса с ноутбука</translation>
    </message>
    <message>
        <source>Request &amp;file:</source>
        <translation>&amp;Файл запроса:</translation>
    </message>
    <message>
        <source>2. The cases</source>
        <translation>2. Дела</translation>
    </message>
    <message>
        <source>Case number to add</source>
        <translation>Номер добавляемого дела</translation>
    </message>
    <message>
        <source>e.g. AQM-2026-00042</source>
        <translation>например, AQM-2026-00042</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the case number to the list</source>
        <translation>Добавить номер дела в список</translation>
    </message>
    <message>
        <source>Cases to check out</source>
        <translation>Дела для выдачи</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Remove the chosen cases from the list</source>
        <translation>Убрать выбранные дела из списка</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>3. Return date and new petitions</source>
        <translation>3. Срок возврата и новые ходатайства</translation>
    </message>
    <message>
        <source>Date the cases come back</source>
        <translation>Дата возврата дел</translation>
    </message>
    <message>
        <source>New petitions that may be registered on the laptop</source>
        <translation>Число новых ходатайств, которые можно зарегистрировать на ноутбуке</translation>
    </message>
    <message>
        <source>Petitions registered on the laptop get a provisional number, and their own number when they are checked in.</source>
        <translation>Ходатайствам, зарегистрированным на ноутбуке, присваивается временный номер, а при возврате — постоянный.</translation>
    </message>
    <message>
        <source>&amp;Back by:</source>
        <translation>&amp;Срок возврата:</translation>
    </message>
    <message>
        <source>New &amp;petitions allowed:</source>
        <translation>Квота новых &amp;ходатайств:</translation>
    </message>
    <message>
        <source>&amp;Check out…</source>
        <translation>&amp;Выдать дела…</translation>
    </message>
    <message>
        <source>Check the cases out and save the package</source>
        <translation>Выдать дела и сохранить пакет выдачи</translation>
    </message>
    <message>
        <source>&amp;Save again…</source>
        <translation>Сохранить &amp;повторно…</translation>
    </message>
    <message>
        <source>Save the package to another file</source>
        <translation>Сохранить пакет выдачи в другой файл</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Закрыть это окно</translation>
    </message>
    <message>
        <source>Laptop requests (*.json);;All files (*)</source>
        <translation>Файлы запроса с ноутбука (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“{file}” is too large to be a laptop&apos;s request file.</source>
        <translation>Файл «{file}» слишком велик: это не может быть файл запроса с ноутбука.</translation>
    </message>
    <message>
        <source>“{file}” could not be read: {reason}</source>
        <translation>Не удалось прочитать файл «{file}»: {reason}</translation>
    </message>
    <message>
        <source>Laptop: &lt;b&gt;{device}&lt;/b&gt; · for: &lt;b&gt;{user}&lt;/b&gt;&lt;br&gt;Code: &lt;b&gt;{code}&lt;/b&gt; — the laptop shows the same code; compare them before you go on.</source>
        <translation>Ноутбук: &lt;b&gt;{device}&lt;/b&gt; · пользователь: &lt;b&gt;{user}&lt;/b&gt;&lt;br&gt;Контрольный код: &lt;b&gt;{code}&lt;/b&gt; — на ноутбуке показан такой же код; сверьте их, прежде чем продолжить.</translation>
    </message>
    <message>
        <source>choose the laptop&apos;s request file first.</source>
        <translation>сначала выберите файл запроса с ноутбука.</translation>
    </message>
    <message>
        <source>add at least one case, or allow new petitions on the laptop.</source>
        <translation>добавьте хотя бы одно дело или разрешите регистрацию новых ходатайств на ноутбуке.</translation>
    </message>
    <message>
        <source>Save the package for the laptop</source>
        <translation>Сохранение пакета выдачи для ноутбука</translation>
    </message>
    <message>
        <source>Checking the cases out…</source>
        <translation>Выдача дел…</translation>
    </message>
    <message>
        <source>Package not saved</source>
        <translation>Пакет выдачи не сохранён</translation>
    </message>
    <message>
        <source>The cases are checked out, but the package for the laptop could not be saved: {problem}

The package is still here: choose Save again… to write it to another folder or drive. If it cannot be saved, a supervisor can release the cases (Laptops tab), so that they can be changed here again.</source>
        <translation>Дела выданы, но сохранить пакет выдачи для ноутбука не удалось: {problem}

Пакет по-прежнему доступен здесь: нажмите «Сохранить повторно…», чтобы записать его в другую папку или на другой диск. Если сохранить его не удаётся, руководитель может отозвать дела (вкладка «Ноутбуки»), и тогда их снова можно будет изменять здесь.</translation>
    </message>
    <message numerus="yes">
        <source>Checked out %Ln case(s) to the laptop “{device}” of {user}, until {until}.</source>
        <translation>
            <numerusform>На ноутбук «{device}» пользователя {user} выдано %Ln дело; срок возврата — {until}.</numerusform>
            <numerusform>На ноутбук «{device}» пользователя {user} выдано %Ln дела; срок возврата — {until}.</numerusform>
            <numerusform>На ноутбук «{device}» пользователя {user} выдано %Ln дел; срок возврата — {until}.</numerusform>
        </translation>
    </message>
    <message>
        <source>New petitions allowed on the laptop: {quota}.</source>
        <translation>Квота новых ходатайств на ноутбуке: {quota}.</translation>
    </message>
    <message>
        <source>The package is saved as {path}. Take it to the laptop and open it there; only that laptop can open it.</source>
        <translation>Пакет выдачи сохранён в файл {path}. Перенесите его на ноутбук и откройте там; открыть его можно только на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>Дела не выданы</translation>
    </message>
    <message>
        <source>The package is not saved</source>
        <translation>Пакет выдачи не сохранён</translation>
    </message>
    <message>
        <source>The cases are checked out, but the package for the laptop is not saved. Close anyway? The package is then lost: the cases stay checked out until a supervisor releases them.</source>
        <translation>Дела выданы, но пакет выдачи для ноутбука не сохранён. Всё равно закрыть? Тогда пакет будет потерян: дела останутся выданными на ноутбук, пока руководитель их не отзовёт.</translation>
    </message>
</context>
<context>
    <name>CheckoutsPanel</name>
    <message>
        <source>Check &amp;out to a laptop…</source>
        <extracomment>Cases were checked out, in or released here (the main window refreshes its lists).</extracomment>
        <translation>&amp;Выдать дела на ноутбук…</translation>
    </message>
    <message>
        <source>Check cases out to a laptop</source>
        <translation>Выдать дела на ноутбук</translation>
    </message>
    <message>
        <source>Check &amp;in from a file…</source>
        <translation>В&amp;ернуть дела из файла…</translation>
    </message>
    <message>
        <source>Check cases in from a laptop&apos;s file</source>
        <translation>Вернуть дела по файлу возврата с ноутбука</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Отозва&amp;ть…</translation>
    </message>
    <message>
        <source>Release the chosen case from its laptop</source>
        <translation>Отозвать выбранное дело с ноутбука</translation>
    </message>
    <message>
        <source>Show &amp;past check-outs</source>
        <translation>Показать завершённые в&amp;ыдачи</translation>
    </message>
    <message>
        <source>Show returned and released check-outs too</source>
        <translation>Показывать также возвращённые и отозванные выдачи</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Загрузить список заново (F5)</translation>
    </message>
    <message>
        <source>Cases out on laptops</source>
        <translation>Дела, выданные на ноутбуки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>(new petitions)</source>
        <translation>(новые ходатайства)</translation>
    </message>
    <message numerus="yes">
        <source>{date} — overdue by %Ln day(s)</source>
        <translation>
            <numerusform>{date} — просрочено на %Ln день</numerusform>
            <numerusform>{date} — просрочено на %Ln дня</numerusform>
            <numerusform>{date} — просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{used} of {total}</source>
        <translation>{used} из {total}</translation>
    </message>
    <message>
        <source>No case is out on a laptop.</source>
        <translation>Дел, выданных на ноутбуки, нет.</translation>
    </message>
    <message numerus="yes">
        <source>Cases out on laptops: %Ln</source>
        <translation>
            <numerusform>Дела, выданные на ноутбуки: %Ln</numerusform>
            <numerusform>Дела, выданные на ноутбуки: %Ln</numerusform>
            <numerusform>Дела, выданные на ноутбуки: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue: %Ln</source>
        <translation>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
            <numerusform>просрочено: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutsTable</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New petitions</source>
        <translation>Новые ходатайства</translation>
    </message>
</context>
<context>
    <name>ClaimSection</name>
    <message>
        <source>Claim</source>
        <translation>Доводы заявителя</translation>
    </message>
    <message>
        <source>Summary of the claim</source>
        <translation>Краткое изложение доводов</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Тип субъекта преследования</translation>
    </message>
    <message>
        <source>Who the applicant fears</source>
        <translation>Кого опасается заявитель</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Краткое изложение:</translation>
    </message>
    <message>
        <source>Feared &amp;actor:</source>
        <translation>&amp;Субъект преследования:</translation>
    </message>
    <message>
        <source>Actor &amp;described:</source>
        <translation>&amp;Описание субъекта:</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенционные основания</translation>
    </message>
    <message>
        <source>Nexus note: {ground}</source>
        <translation>Причинная связь: {ground}</translation>
    </message>
    <message>
        <source>How the feared harm is linked to this ground</source>
        <translation>Как вред, которого опасается заявитель, связан с этим основанием</translation>
    </message>
    <message>
        <source>Save c&amp;laim</source>
        <translation>Сохранить до&amp;воды</translation>
    </message>
    <message>
        <source>Save the claim</source>
        <translation>Сохранить доводы заявителя</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Отменить из&amp;менения</translation>
    </message>
    <message>
        <source>Undo all unsaved changes to the claim</source>
        <translation>Отменить все несохранённые изменения доводов</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи преследования</translation>
    </message>
    <message>
        <source>&amp;Timeline (earliest first):</source>
        <translation>&amp;Хронология (сначала ранние):</translation>
    </message>
    <message>
        <source>Incidents timeline</source>
        <translation>Хронология случаев преследования</translation>
    </message>
    <message>
        <source>No incidents recorded yet.</source>
        <translation>Случаи преследования ещё не внесены.</translation>
    </message>
    <message>
        <source>Add i&amp;ncident…</source>
        <translation>&amp;Добавить случай…</translation>
    </message>
    <message>
        <source>Add an incident</source>
        <translation>Добавить случай преследования</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected incident</source>
        <translation>Изменить выбранный случай</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected incident</source>
        <translation>Удалить выбранный случай</translation>
    </message>
    <message>
        <source>(not claimed)</source>
        <translation>(не заявлено)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>Feared actor</source>
        <translation>Субъект преследования</translation>
    </message>
    <message>
        <source>Actor described</source>
        <translation>Описание субъекта</translation>
    </message>
    <message>
        <source>Remove incident</source>
        <translation>Удаление случая преследования</translation>
    </message>
    <message>
        <source>Remove the incident “{kind}” ({dates}) from the claim? The history keeps a record of it.</source>
        <translation>Удалить случай преследования «{kind}» ({dates}) из доводов заявителя? Запись о нём сохранится в истории дела.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Закрытие дела</translation>
    </message>
    <message>
        <source>C&amp;lose case</source>
        <translation>&amp;Закрыть дело</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>&amp;Дата закрытия:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>Close the case as “{reason}” on {date}? A closed case can only be reopened with a recorded reason.</source>
        <translation>Закрыть дело {date} по причине «{reason}»? Возобновить рассмотрение закрытого дела можно только с указанием причины.</translation>
    </message>
    <message>
        <source>The case is closed ({reason}).</source>
        <translation>Дело закрыто ({reason}).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Saved elsewhere in the meantime</source>
        <translation>Запись уже сохранена в другом месте</translation>
    </message>
    <message>
        <source>This record was changed and saved{who} after you opened it. Nothing has been overwritten. Compare the two versions and choose which one to keep.</source>
        <translation>Эта запись была изменена и сохранена{who} после того, как вы её открыли. Ничего не перезаписано. Сравните две версии и выберите, какую оставить.</translation>
    </message>
    <message>
        <source> by {user}</source>
        <translation> пользователем {user}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Сохранённая версия</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Оставить мою версию</translation>
    </message>
    <message>
        <source>Take the saved version</source>
        <translation>Принять сохранённую версию</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
</context>
<context>
    <name>ConflictScreen</name>
    <message>
        <source>Values changed on both sides</source>
        <extracomment>How many rows have a choice, and how many there are.</extracomment>
        <translation>Значения, изменённые с обеих сторон</translation>
    </message>
    <message>
        <source>Changed on the laptop and at the office</source>
        <translation>Изменения и на ноутбуке, и в офисе</translation>
    </message>
    <message>
        <source>Since these cases left for the laptop, the values below were changed both on the laptop and at the office. Nothing has been overwritten. Choose for each value which one to keep; the other stays in the case&apos;s history.</source>
        <translation>С тех пор как эти дела были выданы на ноутбук, приведённые ниже значения изменились и на ноутбуке, и в офисе. Ничего не перезаписано. Для каждого значения выберите, какое оставить; другое сохранится в истории дела.</translation>
    </message>
    <message>
        <source>All from the &amp;laptop</source>
        <translation>Всё с &amp;ноутбука</translation>
    </message>
    <message>
        <source>Keep the laptop&apos;s value everywhere</source>
        <translation>Везде оставить значение с ноутбука</translation>
    </message>
    <message>
        <source>All from the &amp;office</source>
        <translation>Всё из &amp;офиса</translation>
    </message>
    <message>
        <source>Keep the office&apos;s value everywhere</source>
        <translation>Везде оставить значение из офиса</translation>
    </message>
    <message>
        <source>&amp;Apply these choices</source>
        <translation>&amp;Применить выбор</translation>
    </message>
    <message>
        <source>Apply these choices and check the cases in</source>
        <translation>Применить выбор и вернуть дела</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Отмена: ничего не изменять</translation>
    </message>
    <message>
        <source>Case {number} — laptop “{device}” of {user}</source>
        <translation>Дело № {number} — ноутбук «{device}» пользователя {user}</translation>
    </message>
    <message>
        <source>When it left</source>
        <translation>При выдаче</translation>
    </message>
    <message>
        <source>On the laptop</source>
        <translation>На ноутбуке</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>В офисе</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>(removed on the laptop)</source>
        <translation>(удалено на ноутбуке)</translation>
    </message>
    <message>
        <source>(removed at the office)</source>
        <translation>(удалено в офисе)</translation>
    </message>
    <message>
        <source>Keep the laptop&apos;s</source>
        <translation>Оставить с ноутбука</translation>
    </message>
    <message>
        <source>{field}, case {number}: keep the laptop&apos;s value</source>
        <translation>{field}, дело № {number}: оставить значение с ноутбука</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Оставить из офиса</translation>
    </message>
    <message>
        <source>{field}, case {number}: keep the office&apos;s value</source>
        <translation>{field}, дело № {number}: оставить значение из офиса</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln value(s) decided</source>
        <translation>
            <numerusform>Выбрано значений: {done} из %Ln</numerusform>
            <numerusform>Выбрано значений: {done} из %Ln</numerusform>
            <numerusform>Выбрано значений: {done} из %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourtOutcomeDialog</name>
    <message>
        <source>Record the court&apos;s outcome</source>
        <translation>Внесение решения суда</translation>
    </message>
    <message>
        <source>The court &amp;upheld the refusal</source>
        <translation>Суд &amp;оставил отказ в силе</translation>
    </message>
    <message>
        <source>The court upheld the refusal</source>
        <translation>Суд оставил отказ в силе</translation>
    </message>
    <message>
        <source>The appeal &amp;succeeded: the case is assessed again</source>
        <translation>Жалоба &amp;удовлетворена: по делу готовится новое заключение</translation>
    </message>
    <message>
        <source>The appeal succeeded</source>
        <translation>Жалоба удовлетворена</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Date of the judgment</source>
        <translation>Дата судебного решения</translation>
    </message>
    <message>
        <source>&amp;Date of the judgment:</source>
        <translation>&amp;Дата судебного решения:</translation>
    </message>
    <message>
        <source>choose what the court decided.</source>
        <translation>выберите, какое решение принял суд.</translation>
    </message>
    <message>
        <source>Record that the appeal succeeded on {date}? The case goes back to “{status}” for a new assessment.</source>
        <translation>Отметить, что {date} жалоба удовлетворена? Дело вернётся в статус «{status}» для подготовки нового заключения.</translation>
    </message>
    <message>
        <source>Record that the court upheld the refusal on {date}? The case becomes “{status}” as a final refusal.</source>
        <translation>Отметить, что {date} суд оставил отказ в силе? Дело получит статус «{status}» как окончательный отказ.</translation>
    </message>
    <message>
        <source>The appeal succeeded: the case is under assessment again. Draft a new assessment under “Assessment”.</source>
        <translation>Жалоба удовлетворена: по делу снова готовится заключение. Подготовьте проект нового заключения в разделе «Заключение».</translation>
    </message>
    <message>
        <source>The court upheld the refusal; the case is closed as a final refusal.</source>
        <translation>Суд оставил отказ в силе; дело закрыто как окончательный отказ.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong — Pana</source>
        <extracomment>The log is for an administrator looking at the last few days, not an archive. Chained exceptions followed (``raise … from …``, errors while handling errors). The same error again within this time is logged but opens no second dialog.</extracomment>
        <translation>Произошла ошибка — Pana</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>Pana ran into an error it did not expect.

• The last thing you did may not have been completed. Check it before going on — for example, whether the record shows as saved.
• What you typed is still in its window: nothing has been closed or thrown away. You can save it again.
• If this happens again, save a report and give it to your administrator with the incident number. The report holds no names or case details.</source>
        <translation>В Pana произошла непредвиденная ошибка.

• Последнее действие могло не завершиться. Проверьте его, прежде чем продолжить работу, — например, отображается ли запись как сохраненная.
• Введенные данные остались в своем окне: ничего не закрыто и не удалено. Вы можете сохранить их еще раз.
• Если ошибка повторится, сохраните отчет и передайте его администратору вместе с номером ошибки. В отчете нет имен и сведений о делах.</translation>
    </message>
    <message>
        <source>Pana ran into an error it did not expect and has to close.

• What was saved before is safe in the database.
• Start Pana again. If this happens again, save a report and give it to your administrator with the incident number. The report holds no names or case details.</source>
        <translation>В Pana произошла непредвиденная ошибка, и программа должна закрыться.

• Ранее сохраненные данные в базе данных не пострадали.
• Запустите Pana снова. Если ошибка повторится, сохраните отчет и передайте его администратору вместе с номером ошибки. В отчете нет имен и сведений о делах.</translation>
    </message>
    <message>
        <source>Incident: {id}</source>
        <translation>Номер ошибки: {id}</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;Сохранить отчет…</translation>
    </message>
    <message>
        <source>Save a report of this error to a file</source>
        <translation>Сохранить отчет об этой ошибке в файл</translation>
    </message>
    <message>
        <source>Close this message and go on working</source>
        <translation>Закрыть сообщение и продолжить работу</translation>
    </message>
    <message numerus="yes">
        <source>Errors since this message opened: %Ln. The log has them too.</source>
        <translation>
            <numerusform>Ошибок с момента открытия этого сообщения: %Ln. Они также записаны в журнал работы программы.</numerusform>
            <numerusform>Ошибок с момента открытия этого сообщения: %Ln. Они также записаны в журнал работы программы.</numerusform>
            <numerusform>Ошибок с момента открытия этого сообщения: %Ln. Они также записаны в журнал работы программы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>Сохранение отчета об ошибке</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved ({reason}). Choose another folder.</source>
        <translation>Не удалось сохранить отчет ({reason}). Выберите другую папку.</translation>
    </message>
    <message>
        <source>The report was saved as {path}.</source>
        <translation>Отчет сохранен: {path}.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>about {date}</source>
        <extracomment>Kazakh official dates put the year first: «2026 жылғы 27 қараша».</extracomment>
        <translation>прибл. {date}</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>The decision is due on {date}.</source>
        <translation>Срок принятия решения — {date}.</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Продлить срок рассмотрения ходатайства</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Продлить</translation>
    </message>
    <message>
        <source>New decision deadline</source>
        <translation>Новый срок принятия решения</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Причина продления</translation>
    </message>
    <message>
        <source>e.g. awaiting the security service&apos;s answer</source>
        <translation>напр., ожидается ответ органов национальной безопасности</translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Move the decision deadline from {old} to {new}?</source>
        <translation>Перенести срок принятия решения с {old} на {new}?</translation>
    </message>
    <message>
        <source>The decision is now due on {date}.</source>
        <translation>Теперь срок принятия решения — {date}.</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>&amp;Show:</source>
        <extracomment>The page lists at most this many deadlines, the soonest (a backlog of years taken over at once would otherwise be read whole at every visit).</extracomment>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Which deadlines to show</source>
        <translation>Какие сроки показывать</translation>
    </message>
    <message>
        <source>Everything overdue or due soon</source>
        <translation>Все просроченные и скоро истекающие</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due this week (next 7 days)</source>
        <translation>Истекающие на этой неделе (ближайшие 7 дней)</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Специалист:</translation>
    </message>
    <message>
        <source>Filter by officer</source>
        <translation>Фильтр по специалисту</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Все специалисты</translation>
    </message>
    <message>
        <source>Refresh the deadlines</source>
        <translation>Обновить сроки</translation>
    </message>
    <message>
        <source>Load the deadlines again (F5)</source>
        <translation>Загрузить сроки заново (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Deadlines of all officers</source>
        <translation>Сроки всех специалистов</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>просрочено на %Ln день</numerusform>
            <numerusform>просрочено на %Ln дня</numerusform>
            <numerusform>просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Nothing is overdue or due this week.</source>
        <translation>Нет просроченных сроков и сроков, истекающих на этой неделе.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue: {overdue}&lt;/b&gt; · due this week: {week}</source>
        <translation>&lt;b&gt;Просрочено: {overdue}&lt;/b&gt; · истекает на этой неделе: {week}</translation>
    </message>
    <message>
        <source>{officer}: {overdue} overdue, {week} this week</source>
        <translation>{officer}: просрочено — {overdue}, на этой неделе — {week}</translation>
    </message>
    <message>
        <source>the {limit} soonest are listed</source>
        <translation>показаны {limit} ближайших</translation>
    </message>
    <message>
        <source>By officer — {list}</source>
        <translation>По специалистам — {list}</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>Нет записей, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>Shown: {shown} of {total}</source>
        <translation>Показано: {shown} из {total}</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines: %Ln</source>
        <translation>
            <numerusform>Сроки: %Ln</numerusform>
            <numerusform>Сроки: %Ln</numerusform>
            <numerusform>Сроки: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesTable</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
</context>
<context>
    <name>DecisionSection</name>
    <message>
        <source>not yet served</source>
        <extracomment>Widest a column gets when fitted to its contents; the tooltip shows the rest.</extracomment>
        <translation>ещё не вручено</translation>
    </message>
    <message>
        <source>{outcome} (extension)</source>
        <translation>{outcome} (продление)</translation>
    </message>
    <message>
        <source>no deadline recorded</source>
        <translation>срок не указан</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>С ПРОПУСКОМ СРОКА</translation>
    </message>
    <message>
        <source>in time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>Case closed</source>
        <extracomment>What each kind of event is called in the timeline.</extracomment>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Рассмотрение дела возобновлено</translation>
    </message>
    <message>
        <source>Status ended: expiry</source>
        <translation>Действие статуса прекращено: истечение срока действия</translation>
    </message>
    <message>
        <source>Status ended: cessation</source>
        <translation>Действие статуса прекращено: прекращение статуса беженца</translation>
    </message>
    <message>
        <source>Status ended: revocation</source>
        <translation>Действие статуса прекращено: лишение статуса беженца</translation>
    </message>
    <message>
        <source>Extension applied for</source>
        <translation>Подано заявление о продлении</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Decision due:</source>
        <translation>Срок принятия решения:</translation>
    </message>
    <message>
        <source>Refugee status valid until:</source>
        <translation>Статус беженца действителен до:</translation>
    </message>
    <message>
        <source>Appeal possible until:</source>
        <translation>Обжалование возможно до:</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate to renew by:</source>
        <translation>Продлить свидетельство лица, ищущего убежище, до:</translation>
    </message>
    <message>
        <source>Dec&amp;isions</source>
        <translation>&amp;Решения</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>No decision has been taken yet.</source>
        <translation>Решения ещё не принимались.</translation>
    </message>
    <message>
        <source>A&amp;ppeals</source>
        <translation>&amp;Жалобы</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>No appeal has been lodged.</source>
        <translation>Жалобы не подавались.</translation>
    </message>
    <message>
        <source>&amp;Timeline of closures, reopenings, extensions and status ends</source>
        <translation>&amp;Хронология: закрытие и возобновление дела, продление и прекращение действия статуса</translation>
    </message>
    <message>
        <source>Timeline of closures, reopenings and status changes</source>
        <translation>Хронология закрытий, возобновлений и изменений статуса</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Record &amp;notification…</source>
        <translation>Отметить вр&amp;учение решения…</translation>
    </message>
    <message>
        <source>Record that the decision was served</source>
        <translation>Отметить, что решение вручено</translation>
    </message>
    <message>
        <source>Register e&amp;xtension application…</source>
        <translation>Зарегистрировать заявление о &amp;продлении…</translation>
    </message>
    <message>
        <source>Register an application to extend refugee status</source>
        <translation>Зарегистрировать заявление о продлении срока действия статуса беженца</translation>
    </message>
    <message>
        <source>&amp;End status…</source>
        <translation>Прекратить &amp;действие статуса…</translation>
    </message>
    <message>
        <source>End refugee status: expiry, cessation or revocation</source>
        <translation>Прекратить действие статуса беженца: истечение срока, прекращение или лишение статуса</translation>
    </message>
    <message>
        <source>Record &amp;appeal…</source>
        <translation>Зарегистрировать жало&amp;бу…</translation>
    </message>
    <message>
        <source>Record an appeal against the refusal</source>
        <translation>Зарегистрировать жалобу на отказ</translation>
    </message>
    <message>
        <source>Record co&amp;urt outcome…</source>
        <translation>Внести решение &amp;суда…</translation>
    </message>
    <message>
        <source>Record the court&apos;s outcome</source>
        <translation>Внесение решения суда</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>&amp;Закрыть дело…</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Re&amp;open case…</source>
        <translation>&amp;Возобновить рассмотрение дела…</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Возобновить рассмотрение дела</translation>
    </message>
    <message>
        <source>Extend &amp;decision deadline…</source>
        <translation>Продлить сро&amp;к рассмотрения ходатайства…</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Продлить срок рассмотрения ходатайства</translation>
    </message>
    <message>
        <source>Lodged late: the appeal of {lodged} came after the deadline of {deadline}.</source>
        <translation>Подана с пропуском срока: жалоба от {lodged} поступила после истечения срока обжалования ({deadline}).</translation>
    </message>
    <message>
        <source>{until} (from {since})</source>
        <translation>{until} (с {since})</translation>
    </message>
    <message>
        <source>(an appeal was lodged)</source>
        <translation>(подана жалоба)</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>просрочено на %Ln день</numerusform>
            <numerusform>просрочено на %Ln дня</numerusform>
            <numerusform>просрочено на %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No deadline runs while the case is “{status}”.</source>
        <translation>Пока у дела статус «{status}», сроки не исчисляются.</translation>
    </message>
    <message>
        <source>Only these roles may do this: {roles}.</source>
        <translation>Это доступно только ролям: {roles}.</translation>
    </message>
    <message>
        <source>Not possible while the case is “{status}”.</source>
        <translation>Невозможно, пока у дела статус «{status}».</translation>
    </message>
</context>
<context>
    <name>DecisionTable</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Drafted / approved by</source>
        <translation>Подготовил / утвердил</translation>
    </message>
    <message>
        <source>Status valid</source>
        <translation>Срок действия статуса</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Вручение</translation>
    </message>
    <message>
        <source>Appeal until</source>
        <translation>Срок обжалования</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add an identity document</source>
        <translation>Добавление документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Edit an identity document</source>
        <translation>Изменение сведений о документе, удостоверяющем личность</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>Оригинал или копия</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>e.g. E12345678</source>
        <translation>напр., E12345678</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>напр., CHN</translation>
    </message>
    <message>
        <source>&amp;Original seen (not a copy)</source>
        <translation>&amp;Оригинал предъявлен (не копия)</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Оригинал предъявлен</translation>
    </message>
    <message>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Issuing &amp;country:</source>
        <translation>&amp;Страна выдачи:</translation>
    </message>
    <message>
        <source>Three-letter country code.</source>
        <translation>Трёхбуквенный код страны.</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Кем выдан:</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>Д&amp;ата выдачи:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Действителен до:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
    <message>
        <source>{document} — {case}</source>
        <translation>{document} — {case}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>The case&apos;s language</source>
        <translation>Язык, выбранный для дела</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Напе&amp;чатать…</translation>
    </message>
    <message>
        <source>Register and print the document</source>
        <translation>Зарегистрировать и напечатать документ</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Со&amp;хранить в PDF…</translation>
    </message>
    <message>
        <source>Register the document and save it as PDF</source>
        <translation>Зарегистрировать документ и сохранить его в PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>&amp;Print a duplicate…</source>
        <translation>Напе&amp;чатать дубликат…</translation>
    </message>
    <message>
        <source>&amp;Save a duplicate as PDF…</source>
        <translation>Со&amp;хранить дубликат в PDF…</translation>
    </message>
    <message>
        <source>Registering and printing…</source>
        <translation>Регистрация и печать…</translation>
    </message>
    <message>
        <source>{document}, case {case}</source>
        <translation>{document}, дело № {case}</translation>
    </message>
    <message>
        <source>Registered as {number} and sent to the printer.</source>
        <translation>Зарегистрировано под номером {number} и отправлено на печать.</translation>
    </message>
    <message>
        <source>Registered as {number}, but not printed: {reason}</source>
        <translation>Зарегистрировано под номером {number}, но не напечатано: {reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Не напечатано: {reason}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Registered as {number}.</source>
        <translation>Зарегистрировано под номером {number}.</translation>
    </message>
    <message>
        <source>Registered as {number}; not saved yet — Save as PDF… saves this same document.</source>
        <translation>Зарегистрировано под номером {number}, но ещё не сохранено — кнопка «Сохранить в PDF…» сохранит этот же документ.</translation>
    </message>
    <message>
        <source>Registered as {number} and saved as “{file}”.</source>
        <translation>Зарегистрировано под номером {number} и сохранено в файл «{file}».</translation>
    </message>
    <message>
        <source>Not registered: {reason}</source>
        <translation>Не зарегистрировано: {reason}</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Документ не зарегистрирован</translation>
    </message>
</context>
<context>
    <name>DocumentRegister</name>
    <message>
        <source>Register number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Дубликат документа</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
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
        <translation>Неизвестный пользователь или неверный пароль.</translation>
    </message>
    <message>
        <source>Another program (or another Pana window) is using the database and did not let go within {seconds} seconds. Nothing was saved; try again in a moment. If it keeps happening, close the other program.</source>
        <extracomment>A write (``BEGIN IMMEDIATE``) that waited the whole busy timeout for the lock.</extracomment>
        <translation>Другая программа (или другое окно Pana) использует базу данных и не освободила её в течение {seconds} с. Ничего не сохранено; повторите попытку через некоторое время. Если это повторяется, закройте другую программу.</translation>
    </message>
    <message>
        <source>Another program (or another Pana window) is using the database and did not let go within {seconds} seconds, so it could not be read. Nothing was changed; try again in a moment. If it keeps happening, close the other program.</source>
        <extracomment>A read or the opening of the database, kept out by a lock of another program.</extracomment>
        <translation>Другая программа (или другое окно Pana) использует базу данных и не освободила её в течение {seconds} с, поэтому прочитать её не удалось. Ничего не изменено; повторите попытку через некоторое время. Если это повторяется, закройте другую программу.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read with this key: it is damaged, or it belongs to another installation. Restore it from a backup.</source>
        <translation>Базу данных {path} невозможно прочитать с этим ключом: она повреждена или относится к другой установке. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>This is not a recovery key. It has 13 groups of 4 letters and digits.</source>
        <extracomment>Consecutive failures before an account waits (``security.max_failed_logins``). The wait after the limit is reached, doubling with each further failure, up to the cap. Failed attempts kept until the next login writes them into the audit log. How long to wait for another Pana program to finish with the key file.</extracomment>
        <translation>Это не ключ восстановления. Ключ восстановления состоит из 13 групп по 4 буквы и цифры.</translation>
    </message>
    <message>
        <source>Too many failed logins: this account is locked. Try again in {minutes} min {seconds} s, or ask an administrator to reset the password.</source>
        <translation>Слишком много неудачных попыток входа: учётная запись заблокирована. Повторите попытку через {minutes} мин {seconds} с или попросите администратора сбросить пароль.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup, or open the right data folder.</source>
        <extracomment>Where the automatic backups go, so that a message about a database that cannot be opened (its settings unreadable) can say where to restore from.</extracomment>
        <translation>Файл ключей {path} отсутствует. Без него базу данных невозможно открыть: восстановите его из резервной копии или откройте нужную папку данных.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read ({problem}). Check that the data folder is available and that you may read it, then try again.</source>
        <translation>Не удаётся прочитать файл ключей {path} ({problem}). Проверьте, что папка данных доступна и у вас есть право на её чтение, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({problem}). Restore it from your backup, or use the recovery key.</source>
        <translation>Файл ключей {path} повреждён ({problem}). Восстановите его из резервной копии или воспользуйтесь ключом восстановления.</translation>
    </message>
    <message>
        <source>The key file {path} was replaced by one of another installation.</source>
        <translation>Файл ключей {path} заменён файлом ключей другой установки.</translation>
    </message>
    <message>
        <source>The key file {path} could not be written ({problem}): the data folder is read-only or its disk is full. The key file was not changed. Free some space or make the folder writable, then try again.</source>
        <translation>Не удалось записать файл ключей {path} ({problem}): папка данных доступна только для чтения или её диск заполнен. Файл ключей не изменён. Освободите место на диске или разрешите запись в папку, затем повторите попытку.</translation>
    </message>
    <message>
        <source>This key file has no recovery slot.</source>
        <translation>В этом файле ключей нет записи для ключа восстановления.</translation>
    </message>
    <message>
        <source>The recovery key does not open this database.</source>
        <translation>Ключ восстановления не открывает эту базу данных.</translation>
    </message>
    <message>
        <source>The key file {path} is busy in another Pana program. Try again in a moment.</source>
        <translation>Файл ключей {path} занят другой программой Pana. Повторите попытку через некоторое время.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded for this version of Pana (from schema {current} to {head}): {problem}. Nothing was changed: the database is as it was before the attempt. A backup was taken first: {backup}. Start the previous version of Pana to go on working, and give this message to whoever looks after your installation.</source>
        <extracomment>Tables the ORM does not map: the FTS5 search index and its shadow tables. Called inside the upgrade&apos;s transaction, after the migrations and before the commit, with the connection and the revision the database had before.</extracomment>
        <translation>Не удалось обновить базу данных {path} для этой версии Pana (со схемы {current} до {head}): {problem}. Ничего не изменено: база данных осталась в том же состоянии, что и до попытки. Перед этим была сделана резервная копия: {backup}. Чтобы продолжить работу, запустите предыдущую версию Pana и передайте это сообщение тому, кто обслуживает вашу установку.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded for this version of Pana: the disk is full. Nothing was changed: the database is as it was before the attempt. A backup was taken first: {backup}. Free some space on the disk (an upgrade needs room for a copy of the largest tables) and log in again.</source>
        <translation>Не удалось обновить базу данных {path} для этой версии Pana: диск заполнен. Ничего не изменено: база данных осталась в том же состоянии, что и до попытки. Перед этим была сделана резервная копия: {backup}. Освободите место на диске (для обновления нужно место под копию самых больших таблиц) и войдите снова.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded for this version of Pana: another program kept it busy. Nothing was changed: the database is as it was before the attempt. A backup was taken first: {backup}. Close Pana on the other computers that use this data folder and log in again.</source>
        <translation>Не удалось обновить базу данных {path} для этой версии Pana: она была занята другой программой. Ничего не изменено: база данных осталась в том же состоянии, что и до попытки. Перед этим была сделана резервная копия: {backup}. Закройте Pana на других компьютерах, использующих эту папку данных, и войдите снова.</translation>
    </message>
    <message>
        <source>The database {path} could not be set up for this version of Pana: {problem}. Nothing was changed. Give this message to whoever looks after your installation.</source>
        <translation>Не удалось подготовить базу данных {path} для этой версии Pana: {problem}. Ничего не изменено. Передайте это сообщение тому, кто обслуживает вашу установку.</translation>
    </message>
    <message>
        <source>The upgrade of the database {path} failed ({problem}) and the database may have been left part-way. Do not work in it: restore the backup taken just before with “pana db restore {backup}”.</source>
        <translation>Обновление базы данных {path} не удалось ({problem}), и база данных могла остаться в промежуточном состоянии. Не работайте в ней: восстановите резервную копию, сделанную непосредственно перед обновлением, командой «pana db restore {backup}».</translation>
    </message>
    <message>
        <source>The database {path} must be upgraded for this version of Pana, and a backup is taken first into {folder}, but it could not be written ({problem}). Nothing was changed. Free some space on the disk or make the folder writable, then log in again.</source>
        <translation>Для этой версии Pana базу данных {path} необходимо обновить, а перед этим сделать резервную копию в папку {folder}, но записать её не удалось ({problem}). Ничего не изменено. Освободите место на диске или разрешите запись в папку, затем войдите снова.</translation>
    </message>
    <message>
        <source>{path} already holds a Pana database. Choose an empty folder with --data-dir.</source>
        <extracomment>A commission server (``app.db.server.ServerStore``) says True.</extracomment>
        <translation>В папке {path} уже есть база данных Pana. Укажите пустую папку в параметре --data-dir.</translation>
    </message>
    <message>
        <source>The key file and the database belong to different installations.</source>
        <extracomment>Said when the database&apos;s id is not the key file&apos;s.</extracomment>
        <translation>Файл ключей и база данных относятся к разным установкам.</translation>
    </message>
    <message>
        <source>There is no Pana database in {path}. Create one with “pana init” or “pana demo”, or choose the right folder with --data-dir.</source>
        <translation>В папке {path} нет базы данных Pana. Создайте её командой «pana init» или «pana demo» либо укажите нужную папку в параметре --data-dir.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup (it lies beside each backup as .keys).</source>
        <translation>Файл ключей {path} отсутствует. Без него базу данных невозможно открыть: восстановите его из резервной копии (он лежит рядом с каждой резервной копией в виде файла .keys).</translation>
    </message>
    <message>
        <source>The database {path} is missing. Nothing was changed. Restore it from a backup with “pana db restore FILE”.</source>
        <extracomment>SQLCipher 4&apos;s page size: a whole database file is always a multiple of it.</extracomment>
        <translation>База данных {path} отсутствует. Ничего не изменено. Восстановите её из резервной копии командой «pana db restore ФАЙЛ».</translation>
    </message>
    <message>
        <source>The database {path} is missing. Nothing was changed. Restore it from a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>База данных {path} отсутствует. Ничего не изменено. Восстановите её из резервной копии командой «pana db restore ФАЙЛ»; автоматические резервные копии находятся в {backups}.</translation>
    </message>
    <message>
        <source>The database {path} is empty: it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”.</source>
        <translation>База данных {path} пуста: она повреждена или скопирована не полностью. Ничего не изменено. Восстановите её из резервной копии командой «pana db restore ФАЙЛ».</translation>
    </message>
    <message>
        <source>The database {path} is empty: it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>База данных {path} пуста: она повреждена или скопирована не полностью. Ничего не изменено. Восстановите её из резервной копии командой «pana db restore ФАЙЛ»; автоматические резервные копии находятся в {backups}.</translation>
    </message>
    <message>
        <source>The database {path} is cut short ({size} bytes): it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”.</source>
        <translation>База данных {path} усечена ({size} Б): она повреждена или скопирована не полностью. Ничего не изменено. Восстановите её из резервной копии командой «pana db restore ФАЙЛ».</translation>
    </message>
    <message>
        <source>The database {path} is cut short ({size} bytes): it was damaged or not copied completely. Nothing was changed. Restore it from a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>База данных {path} усечена ({size} Б): она повреждена или скопирована не полностью. Ничего не изменено. Восстановите её из резервной копии командой «pana db restore ФАЙЛ»; автоматические резервные копии находятся в {backups}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with the key file {keys}: the database is damaged, or one of the two files belongs to another installation. Nothing was changed. Restore it from a backup (its key file lies beside it) with “pana db restore FILE”.</source>
        <translation>Базу данных {path} невозможно открыть с файлом ключей {keys}: база данных повреждена или один из двух файлов относится к другой установке. Ничего не изменено. Восстановите её из резервной копии (файл ключей лежит рядом с ней) командой «pana db restore ФАЙЛ».</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened with the key file {keys}: the database is damaged, or one of the two files belongs to another installation. Nothing was changed. Restore it from a backup (its key file lies beside it) with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>Базу данных {path} невозможно открыть с файлом ключей {keys}: база данных повреждена или один из двух файлов относится к другой установке. Ничего не изменено. Восстановите её из резервной копии (файл ключей лежит рядом с ней) командой «pana db restore ФАЙЛ»; автоматические резервные копии находятся в {backups}.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: part of it cannot be read. Nothing was changed. Run “pana db verify” to see what is affected, and restore a backup with “pana db restore FILE”.</source>
        <translation>База данных {path} повреждена: часть её невозможно прочитать. Ничего не изменено. Выполните «pana db verify», чтобы узнать, что затронуто, и восстановите резервную копию командой «pana db restore ФАЙЛ».</translation>
    </message>
    <message>
        <source>The database {path} is damaged: part of it cannot be read. Nothing was changed. Run “pana db verify” to see what is affected, and restore a backup with “pana db restore FILE”; the automatic backups are in {backups}.</source>
        <translation>База данных {path} повреждена: часть её невозможно прочитать. Ничего не изменено. Выполните «pana db verify», чтобы узнать, что затронуто, и восстановите резервную копию командой «pana db restore ФАЙЛ»; автоматические резервные копии находятся в {backups}.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read ({problem}). Nothing was changed. Check that the drive or share holding the data folder is available and that you may read the folder, then try again.</source>
        <translation>Не удаётся прочитать базу данных {path} ({problem}). Ничего не изменено. Проверьте, что диск или сетевой ресурс с папкой данных доступен и у вас есть право на чтение папки, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, and the database still has changes in {wal} that can be merged only where the folder can be written. Nothing was changed. Make the folder writable (or copy the whole folder to a writable disk) and log in again.</source>
        <translation>Папка данных {folder} доступна только для чтения, а у базы данных остались изменения в {wal}, которые можно объединить с ней только в папке с правом записи. Ничего не изменено. Разрешите запись в папку (или скопируйте всю папку на диск с правом записи) и войдите снова.</translation>
    </message>
    <message>
        <source>The database {path} must be upgraded for this version of Pana, but the data folder {folder} is read-only. Nothing was changed. Make the folder writable (or copy it to a writable disk) and log in again.</source>
        <translation>Для этой версии Pana базу данных {path} необходимо обновить, но папка данных {folder} доступна только для чтения. Ничего не изменено. Разрешите запись в папку (или скопируйте её на диск с правом записи) и войдите снова.</translation>
    </message>
    <message>
        <source>The data folder {folder} is read-only, and this build of SQLCipher cannot open a database for reading only. Make the folder writable and log in again.</source>
        <translation>Папка данных {folder} доступна только для чтения, а эта сборка SQLCipher не может открыть базу данных только для чтения. Разрешите запись в папку и войдите снова.</translation>
    </message>
    <message>
        <source>The backup drive is full: the backup {path} could not be written. Nothing was left under that name, earlier backups are kept and the database is unharmed. Free some space on the drive (or choose another) and back up again.</source>
        <translation>Диск для резервных копий заполнен: не удалось записать резервную копию {path}. Под этим именем ничего не осталось, прежние резервные копии сохранены, база данных не пострадала. Освободите место на диске (или выберите другой) и повторите резервное копирование.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written to (the drive may be write-protected or read-only). Nothing was written, earlier backups are kept and the database is unharmed. Check the drive or choose another folder, and back up again.</source>
        <translation>Невозможно записать в папку резервных копий {folder} (диск может быть защищён от записи или доступен только для чтения). Ничего не записано, прежние резервные копии сохранены, база данных не пострадала. Проверьте диск или выберите другую папку и повторите резервное копирование.</translation>
    </message>
    <message>
        <source>The backup drive was removed, or its folder {folder} went away, while the backup {path} was written ({problem}). Nothing was left under that name, earlier backups are kept and the database is unharmed. Reconnect the drive and back up again.</source>
        <translation>Во время записи резервной копии {path} диск был извлечён или его папка {folder} стала недоступна ({problem}). Под этим именем ничего не осталось, прежние резервные копии сохранены, база данных не пострадала. Подключите диск снова и повторите резервное копирование.</translation>
    </message>
    <message>
        <source>The backup {path} stopped because the database itself could not be read completely ({problem}): it may be damaged. Nothing was left under that name and earlier backups are kept. Run “pana db verify”.</source>
        <translation>Создание резервной копии {path} прервано, так как саму базу данных не удалось прочитать полностью ({problem}): возможно, она повреждена. Под этим именем ничего не осталось, прежние резервные копии сохранены. Выполните «pana db verify».</translation>
    </message>
    <message>
        <source>Somebody else saved this record in the meantime. Nothing was overwritten; reload it and apply your change again.</source>
        <extracomment>The audit action of an attempt the actor&apos;s role does not allow.</extracomment>
        <translation>За это время запись сохранил другой пользователь. Ничего не перезаписано; загрузите запись заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <source>The server accepts no changes at the moment (it is read-only). Nothing was saved; ask whoever looks after the server, then save again.</source>
        <translation>Сервер сейчас не принимает изменения (он доступен только для чтения). Ничего не сохранено; обратитесь к тому, кто обслуживает сервер, затем сохраните снова.</translation>
    </message>
    <message>
        <source>The server has no room to store more (its disk is full). Nothing was saved; ask whoever looks after the server, then save again.</source>
        <translation>На сервере нет места для новых данных (его диск заполнен). Ничего не сохранено; обратитесь к тому, кто обслуживает сервер, затем сохраните снова.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and save again.</source>
        <translation>Диск заполнен. Ничего не сохранено; освободите место и сохраните снова.</translation>
    </message>
    <message>
        <source>The data folder is read-only, and Pana records who opens what, so this cannot be opened. Make the folder writable (or copy it to a writable disk) and try again.</source>
        <translation>Папка данных доступна только для чтения, а Pana записывает, кто что открывает, поэтому открыть это невозможно. Разрешите запись в папку (или скопируйте её на диск с правом записи) и повторите попытку.</translation>
    </message>
    <message>
        <source>The data folder is read-only. Nothing was saved; make the folder writable (or copy it to a writable disk) and save again.</source>
        <translation>Папка данных доступна только для чтения. Ничего не сохранено; разрешите запись в папку (или скопируйте её на диск с правом записи) и сохраните снова.</translation>
    </message>
    <message>
        <source>The database file cannot be read or written (it may be damaged or on a removed drive). Run “pana db verify” or restore a backup.</source>
        <translation>Файл базы данных невозможно прочитать или записать (возможно, он повреждён или находится на извлечённом диске). Выполните «pana db verify» или восстановите резервную копию.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action ({action}).</source>
        <translation>Ваша роль ({role}) не позволяет выполнить это действие ({action}).</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: “{step}”.</source>
        <translation>Ваша роль ({role}) не позволяет выполнить это действие: «{step}».</translation>
    </message>
    <message>
        <source>“{step}” is not possible while the case is “{status}”.</source>
        <translation>Действие «{step}» невозможно, пока дело находится в статусе «{status}».</translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <extracomment>The setting kept in the key file&apos;s header (the database is closed when it is needed). Who acts when the recovery key opens the database.</extracomment>
        <translation>Пользователь «{name}» не найден.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({problem}). Check that the drive is connected and has space.</source>
        <translation>Не удалось записать файл {path} ({problem}). Проверьте, что диск подключён и на нём есть свободное место.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not available: plug in the drive or choose another folder. Nothing was written.</source>
        <translation>Папка резервных копий {folder} недоступна: подключите диск или выберите другую папку. Ничего не записано.</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not available: it cannot be written to. Plug in the drive (and check it is not write-protected) or choose another folder. Nothing was written.</source>
        <translation>Папка резервных копий {folder} недоступна: в неё невозможно записать. Подключите диск (и проверьте, что он не защищён от записи) или выберите другую папку. Ничего не записано.</translation>
    </message>
    <message>
        <source>An automatic backup is already running; wait for it to finish.</source>
        <translation>Уже выполняется автоматическое резервное копирование; дождитесь его завершения.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name.</source>
        <translation>Файл {path} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The backup written to {path} failed its check ({problems}) and was deleted; earlier backups are kept. Check the drive and try again.</source>
        <translation>Резервная копия, записанная в {path}, не прошла проверку ({problems}) и удалена; прежние резервные копии сохранены. Проверьте диск и повторите попытку.</translation>
    </message>
    <message>
        <source>An asylum-seeker certificate can be renewed only while the petition or an appeal is pending, not while the case is “{status}”.</source>
        <extracomment>While a case is in one of these states its applicant is an asylum seeker, and the asylum-seeker certificate is renewed: until the decision is served, and while a refusal may still be or is being appealed. ``queries.due_items`` lists renewals for the same states.</extracomment>
        <translation>Свидетельство лица, ищущего убежище, можно продлить, только пока рассматривается ходатайство или жалоба; сейчас дело в статусе «{status}».</translation>
    </message>
    <message>
        <source>There is no case {number}.</source>
        <translation>Дело {number} не найдено.</translation>
    </message>
    <message>
        <source>The {what} {id} does not exist.</source>
        <translation>Запись не найдена: {what} {id}.</translation>
    </message>
    <message>
        <source>Somebody else wrote the {what} after you opened it (now version {current}). Nothing was overwritten.</source>
        <extracomment>``expected_version`` of a save made from a screen that saw no such record yet (a claim or an assessment not written when the case file was loaded). Versions start at 1, so a record somebody else made in the meantime is a conflict, not overwritten.</extracomment>
        <translation>После того как вы открыли запись ({what}), её сохранил другой пользователь (текущая версия: {current}). Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>The {what} was changed by somebody else (version {current}, you edited version {expected}). Nothing was overwritten.</source>
        <translation>Запись ({what}) изменена другим пользователем (версия {current}, вы редактировали версию {expected}). Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>The case file cannot be changed while the case is “{status}”.</source>
        <translation>Дело нельзя изменить, пока оно в статусе «{status}».</translation>
    </message>
    <message>
        <source>Case {number} has no decision waiting for approval.</source>
        <translation>В деле {number} нет решения, ожидающего утверждения.</translation>
    </message>
    <message>
        <source>An assessment can be drafted only while the case is under assessment or an extension was requested.</source>
        <translation>Заключение можно подготовить, только когда дело находится в статусе «Подготовка заключения» или подано заявление о продлении.</translation>
    </message>
    <message>
        <source>The assessment is not complete: {missing}</source>
        <translation>Заключение не завершено: {missing}</translation>
    </message>
    <message>
        <source>You drafted this decision, so you cannot approve it: another supervisor must.</source>
        <translation>Вы подготовили проект этого решения, поэтому не можете его утвердить: утвердить его должен другой руководитель.</translation>
    </message>
    <message>
        <source>Case {number} has no decision.</source>
        <translation>В деле {number} нет решения.</translation>
    </message>
    <message>
        <source>A refugee certificate can be issued only while refugee status is valid.</source>
        <translation>Удостоверение беженца можно выдать только в период действия статуса беженца.</translation>
    </message>
    <message>
        <source>Only a refusal can be appealed.</source>
        <translation>Обжаловать можно только решение об отказе.</translation>
    </message>
    <message>
        <source>Case {number} has no pending appeal.</source>
        <translation>В деле {number} нет жалобы на рассмотрении.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}). Check that the folder exists, is writable and has space; nothing was exported.</source>
        <extracomment>A document with thousands of problems is not helped by listing them all. What a role without ``VIEW_SENSITIVE`` does not get in ``case_document``. A reopening after a successful appeal records this reason (``decisions.record_appeal_outcome``).</extracomment>
        <translation>Не удалось записать результат экспорта в {path} ({problem}). Проверьте, что папка существует, запись в неё разрешена и есть свободное место; ничего не экспортировано.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({problem}). Check that the drive is connected and has space; nothing in the database changed.</source>
        <translation>Не удалось записать резервную копию в {path} ({problem}). Проверьте, что диск подключён и на нём есть свободное место; в базе данных ничего не изменилось.</translation>
    </message>
    <message>
        <source>The backup {path} was written and can be used, but Pana could not record it in the database (another program kept the database busy, or its disk is full). Back up again later to have a backup on record.</source>
        <translation>Резервная копия {path} записана и пригодна для использования, но Pana не удалось отметить её в базе данных (база данных была занята другой программой или её диск заполнен). Позже повторите резервное копирование, чтобы копия была учтена.</translation>
    </message>
    <message>
        <source>The backup {path} was not restored: {problems}. Nothing was replaced.</source>
        <translation>Резервная копия {path} не восстановлена: {problems}. Ничего не заменено.</translation>
    </message>
    <message>
        <source>Case {number} has no such {what}.</source>
        <translation>В деле {number} нет такой записи ({what}).</translation>
    </message>
    <message>
        <source>Case {number} has no valid asylum-seeker certificate; renew it first.</source>
        <translation>В деле {number} нет действительного свидетельства лица, ищущего убежище; сначала продлите его.</translation>
    </message>
    <message>
        <source>Case {number} has no interview that was held.</source>
        <translation>В деле {number} нет состоявшегося собеседования.</translation>
    </message>
    <message>
        <source>Certificate {certificate} is {state}; it cannot be printed.</source>
        <translation>Документ {certificate} в состоянии «{state}»; распечатать его нельзя.</translation>
    </message>
    <message>
        <source>There is no document {number} in the register.</source>
        <translation>В журнале регистрации нет документа {number}.</translation>
    </message>
    <message>
        <source>Document {number} was voided; it cannot be reprinted.</source>
        <translation>Документ {number} аннулирован; повторная печать невозможна.</translation>
    </message>
    <message>
        <source>Document {number} was voided; it is not handed over.</source>
        <translation>Документ {number} аннулирован; его вручение не отмечается.</translation>
    </message>
    <message>
        <source>Document {number} is already void.</source>
        <translation>Документ {number} уже аннулирован.</translation>
    </message>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>Документ {number} не найден.</translation>
    </message>
    <message>
        <source>Certificate {certificate} is {state}; only a valid certificate can be replaced.</source>
        <translation>Документ {certificate} в состоянии «{state}»; заменить можно только действительный документ.</translation>
    </message>
    <message>
        <source>Certificate {certificate} expired on {date}; it is not replaced.</source>
        <translation>Срок действия документа {certificate} истёк {date}; он не подлежит замене.</translation>
    </message>
    <message>
        <source>This database has no commission profile; run “pana init”.</source>
        <translation>В этой базе данных нет профиля комиссии; выполните команду «pana init».</translation>
    </message>
    <message>
        <source>Your account “{user}” no longer exists; log in again.</source>
        <translation>Вашей учётной записи «{user}» больше не существует; войдите в систему снова.</translation>
    </message>
    <message>
        <source>The export could not be written to {path} ({problem}). Nothing was exported. Check that the drive is connected, writable and has space, and that the file is not open in another program; then export again.</source>
        <extracomment>The translation context of every header and title made here. What can be exported; the audit action is &quot;export.&lt;what&gt;&quot;. Excel&apos;s number formats: dates as the commission writes them. A column of months (the 1st of each month): ``Table.formats[column] = MONTH``. Rows a worksheet holds below its header row (Excel&apos;s limit is 1,048,576 rows); a longer table continues on a second sheet with the same header. Excel&apos;s limit of characters in a cell; a longer text is cut there. Rows looked at to size the columns (the file is streamed, so not all of them). Rows fetched from the database at a time. ``progress`` hears of the rows written this often. The first characters that make a spreadsheet read a CSV cell as a formula (and tab/carriage return, which some programs strip before looking). Excel number formats by column, for dates that are not days (``MONTH``). What was selected (the filter), for the audit entry: never a row&apos;s content.</extracomment>
        <translation>Не удалось записать результат экспорта в {path} ({problem}). Ничего не экспортировано. Проверьте, что диск подключён, запись на него разрешена и есть свободное место, а файл не открыт в другой программе; затем повторите экспорт.</translation>
    </message>
    <message>
        <source>“pana demo” makes a demo data folder and cannot fill the server {url}. Name a new folder with --data-dir instead.</source>
        <extracomment>``pana db migrate-to-server`` says how far it is after every this many rows.</extracomment>
        <translation>«pana demo» создаёт демонстрационную папку данных и не может заполнить сервер {url}. Вместо этого укажите новую папку в параметре --data-dir.</translation>
    </message>
    <message>
        <source>“pana laptop” works on a laptop&apos;s own data folder, not on the server {url}: the office checks cases out with “pana checkout”.</source>
        <translation>«pana laptop» работает с собственной папкой данных ноутбука, а не с сервером {url}: офис выдаёт дела на ноутбук командой «pana checkout».</translation>
    </message>
    <message>
        <source>A commission server is backed up on the server itself (pg_dump), not from a workstation; “pana db backup” works on a data folder. Ask whoever looks after the server {url}.</source>
        <translation>Резервная копия сервера комиссии создаётся на самом сервере (pg_dump), а не с рабочего места; «pana db backup» работает с папкой данных. Обратитесь к тому, кто обслуживает сервер {url}.</translation>
    </message>
    <message>
        <source>“pana db restore” puts a backup into a data folder; a commission server is restored on the server itself (pg_restore). Ask whoever looks after the server {url}.</source>
        <translation>«pana db restore» восстанавливает резервную копию в папку данных; сервер комиссии восстанавливается на самом сервере (pg_restore). Обратитесь к тому, кто обслуживает сервер {url}.</translation>
    </message>
    <message>
        <source>“pana db verify” checks a data folder&apos;s database file; the server {url} keeps its own files, which its administrator checks. Use “pana --server URL db status”, or “pana server check”.</source>
        <translation>«pana db verify» проверяет файл базы данных в папке данных; сервер {url} хранит собственные файлы, их проверяет администратор сервера. Используйте «pana --server АДРЕС db status» или «pana server check».</translation>
    </message>
    <message>
        <source>Case {number} is checked out to the laptop “{device}” of {user} until {until}: it can be read here, but not changed until it is checked in (or released by a supervisor or an administrator). Nothing was saved.</source>
        <extracomment>A check-out&apos;s state: at the office ``out`` until ``returned`` (checked in) or ``released`` (forced back); on the laptop ``held`` until ``returned``. Rows that may be written for a case that is out: the audit trail, unsaved drafts, the check-out records themselves, and the history of versions.</extracomment>
        <translation>Дело {number} выдано на ноутбук «{device}» пользователя {user}, срок возврата — {until}. Здесь его можно просматривать, но нельзя изменять, пока дело не будет возвращено с ноутбука (или отозвано руководителем либо администратором). Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Documents are registered and issued at the office: on a laptop they would get numbers the office&apos;s register also gives. Print a preview here, and issue the document after check-in.</source>
        <translation>Документы регистрируются и выдаются в офисе: на ноутбуке им могли бы быть присвоены номера, которые журнал регистрации офиса присваивает и другим документам. Здесь распечатайте документ для предварительного просмотра, а выдайте его после возврата дел.</translation>
    </message>
    <message>
        <source>This laptop has no quota left for new petitions. Check the cases in, and ask the office for a quota with the next check-out.</source>
        <translation>На этом ноутбуке не осталось квоты новых ходатайств. Верните дела и попросите офис выделить квоту при следующей выдаче дел.</translation>
    </message>
    <message>
        <source>The accounts and the data on this server belong to different installations.</source>
        <extracomment>The advisory lock held while the accounts row is read, changed and written.</extracomment>
        <translation>Учётные записи и данные на этом сервере относятся к разным установкам.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address Pana can use. Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full (the README&apos;s “Setting up a commission server” shows one).</source>
        <translation>Pana не может использовать адрес сервера «{url}». Укажите его в виде postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА_ДАННЫХ?sslmode=verify-full (пример приведён в разделе «Setting up a commission server» файла README).</translation>
    </message>
    <message>
        <source>The server {host} is on another machine, and “{url}” would send the data unencrypted. Add sslmode=verify-full (or sslmode=require) to the address; the server must have TLS switched on.</source>
        <translation>Сервер {host} находится на другом компьютере, а по адресу «{url}» данные передавались бы без шифрования. Добавьте к адресу sslmode=verify-full (или sslmode=require); на сервере должно быть включено зашифрованное соединение (TLS).</translation>
    </message>
    <message>
        <source>The server refused Pana&apos;s connection: the database user or its password in the server address is wrong. Ask whoever set up the server for the right address.</source>
        <translation>Сервер отклонил подключение Pana: в адресе сервера указан неверный пользователь базы данных или неверный пароль. Узнайте правильный адрес у того, кто настраивал сервер.</translation>
    </message>
    <message>
        <source>The database named in the server address does not exist on that server. Check the address, or create it as the README describes.</source>
        <translation>База данных, указанная в адресе сервера, на этом сервере отсутствует. Проверьте адрес или создайте базу данных, как описано в README.</translation>
    </message>
    <message>
        <source>The encrypted connection to the server could not be made ({problem}). Check that the server has TLS switched on and that its certificate is the one named in the address.</source>
        <translation>Не удалось установить зашифрованное соединение с сервером ({problem}). Проверьте, что на сервере включён TLS и что его сертификат совпадает с указанным в адресе.</translation>
    </message>
    <message>
        <source>The server cannot be reached ({problem}). Check the network and the address; nothing was changed. A laptop works without the network on the cases checked out to it.</source>
        <translation>Не удаётся подключиться к серверу ({problem}). Проверьте сеть и адрес; ничего не изменено. Ноутбук может работать без сети с делами, выданными на него.</translation>
    </message>
    <message>
        <source>This server database has no Pana accounts yet. Set it up with “pana server init URL” (or move a laptop&apos;s database to it with “pana db migrate-to-server URL”).</source>
        <translation>В этой базе данных на сервере ещё нет учётных записей Pana. Подготовьте её командой «pana server init АДРЕС» (или перенесите в неё базу данных ноутбука командой «pana db migrate-to-server АДРЕС»).</translation>
    </message>
    <message>
        <source>The database {url} already holds Pana data. Choose an empty database.</source>
        <translation>База данных {url} уже содержит данные Pana. Выберите пустую базу данных.</translation>
    </message>
    <message>
        <source>A commission server is backed up on the server itself (pg_dump), not from a workstation. Ask whoever looks after the server.</source>
        <translation>Резервная копия сервера комиссии создаётся на самом сервере (pg_dump), а не с рабочего места. Обратитесь к тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>Case {number} is not checked out.</source>
        <translation>Дело {number} не выдано на ноутбук.</translation>
    </message>
    <message>
        <source>These cases were checked out to “{name}”: log in on this laptop as that user to take them.</source>
        <translation>Эти дела выданы пользователю «{name}»: чтобы принять их, войдите на этом ноутбуке под его учётной записью.</translation>
    </message>
    <message>
        <source>This package was taken into this laptop already. Nothing was changed.</source>
        <translation>Этот пакет уже принят на этом ноутбуке. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This laptop holds no checked-out cases: it has never taken a check-out package.</source>
        <translation>На этом ноутбуке нет выданных дел: на нём ещё ни разу не принимался пакет выдачи.</translation>
    </message>
    <message>
        <source>This laptop holds no checked-out cases.</source>
        <translation>На этом ноутбуке нет выданных дел.</translation>
    </message>
    <message>
        <source>Case {number} was released from this laptop and is now checked out to the laptop “{device}” until {until}. Check it in from there first, then take this file again. Nothing was changed.</source>
        <translation>Дело {number} было отозвано с этого ноутбука и сейчас выдано на ноутбук «{device}», срок возврата — {until}. Сначала верните дело с того ноутбука, затем примите этот файл снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Case {number}: {count} values were changed both on the laptop and at the office. Choose which to keep for each, then check in again. Nothing was changed.</source>
        <translation>В деле {number} одни и те же значения изменены и на ноутбуке, и в офисе (всего: {count}). Для каждого выберите, какое оставить, затем повторите возврат дел. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This is not a Pana check-out or check-in file. Choose the file Pana wrote (it ends in .pana).</source>
        <extracomment>A sealed file is read no further than this (a hundred cases with photos fit easily).</extracomment>
        <translation>Это не пакет выдачи и не файл возврата Pana. Выберите файл, записанный Pana (с расширением .pana).</translation>
    </message>
    <message>
        <source>This Pana file is damaged and cannot be read. Write it again on the other computer and copy it anew.</source>
        <translation>Этот файл Pana повреждён, и его невозможно прочитать. Запишите его заново на другом компьютере и скопируйте ещё раз.</translation>
    </message>
    <message>
        <source>This file is larger than {limit} MB, which no Pana file is. Choose the file Pana wrote.</source>
        <translation>Размер этого файла превышает {limit} МБ, а файлы Pana такими большими не бывают. Выберите файл, записанный Pana.</translation>
    </message>
    <message>
        <source>This Pana file is of another kind than expected (e.g. a check-in file where a check-out package is asked for). Choose the right file.</source>
        <translation>Этот файл Pana не того типа, который ожидался (например, выбран файл возврата, а нужен пакет выдачи). Выберите нужный файл.</translation>
    </message>
    <message>
        <source>This file was written for another computer, so it cannot be opened here. Open it on the computer it was written for.</source>
        <translation>Этот файл записан для другого компьютера, поэтому открыть его здесь невозможно. Откройте его на том компьютере, для которого он записан.</translation>
    </message>
    <message>
        <source>This file was not written by the server (or the laptop) this one works with, so it is refused. Nothing was changed.</source>
        <translation>Этот файл записан не тем сервером (или ноутбуком), с которым работает этот компьютер, поэтому он отклонён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This file was changed after it was written (its signature does not match), so it is refused and nothing was changed. Write it again on the other computer.</source>
        <translation>Этот файл был изменён после записи (его подпись не совпадает), поэтому он отклонён и ничего не изменено. Запишите его заново на другом компьютере.</translation>
    </message>
    <message>
        <source>This is already a commission server. “pana db migrate-to-server” moves a data folder to a server: run it with --data-dir naming the folder.</source>
        <extracomment>Rows per batch written (one ``COPY``). A batch is sent earlier once its values hold about this many bytes (evidence files). Rows read at a time from a table holding files (up to 50 MB each). Mapped tables that are not copied: the accounts row is written from the key file. How many names are searched on both sides, and how many results are compared. ``progress(table, rows_copied_in_all, rows_in_all)`` after every batch.</extracomment>
        <translation>Это уже сервер комиссии. «pana db migrate-to-server» переносит папку данных на сервер: запустите команду с параметром --data-dir, указав эту папку.</translation>
    </message>
    <message>
        <source>The data folder&apos;s database is at schema {current}, but this Pana expects {head}. Run “pana db upgrade” first, then move it to the server.</source>
        <translation>База данных в папке данных имеет схему {current}, а эта версия Pana ожидает схему {head}. Сначала выполните «pana db upgrade», затем перенесите её на сервер.</translation>
    </message>
    <message>
        <source>The audit log of the data folder does not verify (entry {seq}: {problem}), so it cannot be moved to the server with its proof intact. Run “pana db verify” and restore a good backup first.</source>
        <translation>Журнал аудита в папке данных не прошёл проверку (запись № {seq}: {problem}), поэтому папку нельзя перенести на сервер с подтверждённой целостностью журнала. Сначала выполните «pana db verify» и восстановите исправную резервную копию.</translation>
    </message>
    <message>
        <source>The database {url} already holds Pana data. A data folder is moved only into an empty database: create a new one on the server (the README&apos;s “Setting up a commission server” shows how).</source>
        <translation>База данных {url} уже содержит данные Pana. Папку данных можно перенести только в пустую базу данных: создайте на сервере новую (как это сделать, описано в разделе «Setting up a commission server» файла README).</translation>
    </message>
    <message>
        <source>The database {url} is not empty (it has {count} tables). A data folder is moved only into an empty database: create a new one on the server.</source>
        <translation>База данных {url} не пуста (таблиц в ней: {count}). Папку данных можно перенести только в пустую базу данных: создайте на сервере новую.</translation>
    </message>
    <message>
        <source>Moving the data folder to {url} failed at “{stage}”: {problem}. Nothing was kept on the server (its database is empty again) and the data folder is unchanged: go on working in it, and give this message to whoever looks after the server.</source>
        <translation>Перенос папки данных на сервер ({url}) прервался на этапе «{stage}»: {problem}. На сервере ничего не сохранено (его база данных снова пуста), папка данных не изменена: продолжайте работать в ней и передайте это сообщение тому, кто обслуживает сервер.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (the table {table} has {there} rows there and {here} in the folder), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Копия на сервере ({url}) не совпала с папкой данных (в таблице {table} строк на сервере: {there}, в папке: {here}), поэтому она не сохранена: база данных сервера снова пуста, папка данных не изменена. Передайте это сообщение тому, кто обслуживает вашу установку.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (its audit log does not verify as the folder&apos;s does: {detail}), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Копия на сервере ({url}) не совпала с папкой данных (её журнал аудита, в отличие от журнала в папке, не проходит проверку: {detail}), поэтому она не сохранена: база данных сервера снова пуста, папка данных не изменена. Передайте это сообщение тому, кто обслуживает вашу установку.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (its search index holds {there} of {here} cases), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Копия на сервере ({url}) не совпала с папкой данных (в её поисковом индексе учтено дел: {there} из {here}), поэтому она не сохранена: база данных сервера снова пуста, папка данных не изменена. Передайте это сообщение тому, кто обслуживает вашу установку.</translation>
    </message>
    <message>
        <source>The copy on the server {url} did not match the data folder (a name search finds {there} cases there and {here} in the folder), so it was not kept: the server&apos;s database is empty again and the data folder is unchanged. Give this message to whoever looks after your installation.</source>
        <translation>Копия на сервере ({url}) не совпала с папкой данных (поиск по имени находит дел на сервере: {there}, в папке: {here}), поэтому она не сохранена: база данных сервера снова пуста, папка данных не изменена. Передайте это сообщение тому, кто обслуживает вашу установку.</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Decision due</source>
        <extracomment>Newest first: by registration day, and within a day the latest number first. How many cases the filter selects, when the caller knows it (the registry does): a page past the middle is then read from the far end, backwards. The most cases a name search brings back; the screen says when there are more.</extracomment>
        <translation>Срок принятия решения</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate to renew</source>
        <translation>Продление свидетельства лица, ищущего убежище</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Fingerprints to take</source>
        <translation>Снятие отпечатков пальцев</translation>
    </message>
    <message>
        <source>Refugee status ends</source>
        <translation>Окончание срока действия статуса беженца</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Вид срока</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <extracomment>The home page lists at most this many deadlines, the soonest.</extracomment>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>&lt;b&gt;What is due&lt;/b&gt; — overdue: {overdue}, within a week: {soon}</source>
        <translation>&lt;b&gt;Ближайшие сроки&lt;/b&gt; — просрочено: {overdue}, в течение недели: {soon}</translation>
    </message>
    <message>
        <source>(the {limit} soonest; the Deadlines tab and the registry show the rest)</source>
        <translation>(показаны {limit} ближайших; остальные — на вкладке «Сроки» и в реестре)</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>The same identity-document number</source>
        <extracomment>Name similarity (0–100, word order ignored) from which two names may be one person. Birth dates this many days apart may still be one person (typing slips, calendar mix-ups).</extracomment>
        <translation>Совпадает номер документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>A similar name and a matching birth date</source>
        <translation>Похожее имя и совпадающая дата рождения</translation>
    </message>
    <message>
        <source>A similar name (a birth date is missing)</source>
        <translation>Похожее имя (дата рождения не указана)</translation>
    </message>
</context>
<context>
    <name>EndStatusDialog</name>
    <message>
        <source>Refugee status is valid until {date}.</source>
        <translation>Статус беженца действителен по {date}.</translation>
    </message>
    <message>
        <source>End refugee status</source>
        <translation>Прекращение действия статуса беженца</translation>
    </message>
    <message>
        <source>&amp;End status</source>
        <translation>&amp;Прекратить действие статуса</translation>
    </message>
    <message>
        <source>How the status ends</source>
        <translation>Вид прекращения действия статуса</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата прекращения действия</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>&amp;Дата прекращения:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Required for cessation and revocation.</source>
        <translation>Обязательно при прекращении статуса и при лишении статуса.</translation>
    </message>
    <message>
        <source>End refugee status ({kind}) on {date}? The case is closed.</source>
        <translation>Прекратить действие статуса беженца ({kind}) с {date}? Дело будет закрыто.</translation>
    </message>
    <message>
        <source>Refugee status ended ({kind}); the case is closed.</source>
        <translation>Действие статуса беженца прекращено ({kind}); дело закрыто.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Crossed on</source>
        <translation>Дата пересечения</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Irregular crossing</source>
        <translation>Пересечение вне пункта пропуска</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Из страны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add a border crossing</source>
        <translation>Добавление пересечения границы</translation>
    </message>
    <message>
        <source>Edit a border crossing</source>
        <translation>Изменение сведений о пересечении границы</translation>
    </message>
    <message>
        <source>e.g. near Khorgos</source>
        <translation>например, вблизи Хоргоса</translation>
    </message>
    <message>
        <source>&amp;Irregular (without passing border control)</source>
        <translation>&amp;Вне пункта пропуска (без прохождения пограничного контроля)</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>например, CHN</translation>
    </message>
    <message>
        <source>&amp;Crossed on:</source>
        <translation>&amp;Дата пересечения:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;From country:</source>
        <translation>Из &amp;страны:</translation>
    </message>
    <message>
        <source>Three-letter country code.</source>
        <translation>Трёхбуквенный код страны.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside Pana (incident {id}); this was not done. What you typed is still here; try again, and if it happens again tell your administrator the incident number.</source>
        <translation>В Pana произошла ошибка (номер ошибки: {id}); действие не выполнено. Введённые вами данные не потеряны; повторите попытку, а если ошибка повторится, сообщите администратору номер ошибки.</translation>
    </message>
    <message>
        <source>Something went wrong inside Pana. Your data is safe; please report this to your administrator with the time it happened.</source>
        <translation>В Pana произошла ошибка. Ваши данные в сохранности; сообщите об этом администратору и укажите время, когда это произошло.</translation>
    </message>
</context>
<context>
    <name>EventTable</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation>Изображение TIFF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>“{name}” is a folder; attach the files in it one by one.</source>
        <translation>«{name}» — это папка; прикрепите файлы из неё по одному.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: the file is empty.</source>
        <translation>Файл «{name}» не прикреплён: он пустой.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it is {size}, and at most {limit} can be attached. Scan it at a lower resolution or split it.</source>
        <translation>Файл «{name}» не прикреплён: его размер — {size}, а прикрепить можно не более {limit}. Отсканируйте его с меньшим разрешением или разделите на части.</translation>
    </message>
    <message>
        <source>“{name}” could not be read: {reason}</source>
        <translation>Не удалось прочитать файл «{name}»: {reason}</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it is named as a {type} but its content is not a readable {type} (the header is wrong); it may be damaged. Scan or save it again.</source>
        <translation>Файл «{name}» не прикреплён: судя по имени, это файл типа «{type}», но его содержимое не читается как «{type}» (неверный заголовок файла); возможно, файл повреждён. Отсканируйте или сохраните его заново.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: only PDF, PNG, JPEG, TIFF and plain-text files can be attached.</source>
        <translation>Файл «{name}» не прикреплён: прикреплять можно только файлы PDF, PNG, JPEG, TIFF и простые текстовые файлы.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: the text is not in UTF-8; save it as UTF-8 and attach it again.</source>
        <translation>Файл «{name}» не прикреплён: текст не в кодировке UTF-8; сохраните его в UTF-8 и прикрепите снова.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: {reason}</source>
        <translation>Файл «{name}» не прикреплён: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Attach evidence — {number}</source>
        <translation>Прикрепление доказательства — {number}</translation>
    </message>
    <message>
        <source>{name} · {type} · {size}</source>
        <translation>{name} · {type} · {size}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Вид доказательства</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Who provided it, or where it comes from</source>
        <translation>Кем представлено или откуда получено</translation>
    </message>
    <message>
        <source>The applicant may &amp;see this file</source>
        <translation>&amp;Заявитель может ознакомиться с этим файлом</translation>
    </message>
    <message>
        <source>The applicant may see this file</source>
        <translation>Заявитель может ознакомиться с этим файлом</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Прикрепить</translation>
    </message>
    <message>
        <source>Attach the file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>Skip this &amp;file</source>
        <translation>Пропустить этот &amp;файл</translation>
    </message>
    <message>
        <source>Do not attach this file</source>
        <translation>Не прикреплять этот файл</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <source>Preview of the selected evidence</source>
        <translation>Предварительный просмотр выбранного доказательства</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Выберите файл для предварительного просмотра.</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Предварительный просмотр PDF</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Предварительный просмотр текста</translation>
    </message>
    <message>
        <source>“{title}” cannot be previewed: {reason}</source>
        <translation>Предварительный просмотр «{title}» невозможен: {reason}</translation>
    </message>
    <message>
        <source>“{title}” cannot be previewed: the file may be damaged, or its format is not supported here.</source>
        <translation>Предварительный просмотр «{title}» невозможен: файл может быть повреждён или его формат здесь не поддерживается.</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Прикрепить файлы доказательств</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Файлы:</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Файлы доказательств</translation>
    </message>
    <message>
        <source>No evidence attached yet.</source>
        <translation>Доказательства пока не прикреплены.</translation>
    </message>
    <message>
        <source>Drop files here or use “Add files…”: PDF, PNG, JPEG, TIFF or plain text, up to {limit} each. Files are kept inside the encrypted database.</source>
        <translation>Перетащите файлы сюда или нажмите «Добавить файлы…»: PDF, PNG, JPEG, TIFF или обычный текст, не более {limit} каждый. Файлы хранятся внутри зашифрованной базы данных.</translation>
    </message>
    <message>
        <source>Your role cannot attach evidence.</source>
        <translation>Ваша роль не позволяет прикреплять доказательства.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Выберите файл для предварительного просмотра.</translation>
    </message>
    <message>
        <source>Loading “{title}”…</source>
        <translation>Загрузка «{title}»…</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Прикрепление доказательств</translation>
    </message>
    <message>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)</source>
        <translation>Доказательства (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“{url}” is not a file on this computer.</source>
        <translation>«{url}» не является файлом на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>EvidenceTable</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Добавил(а)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Applicant may see</source>
        <translation>Доступно заявителю</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ExpiringCertificates</name>
    <message>
        <source>Certificate</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
</context>
<context>
    <name>ExpiringPage</name>
    <message>
        <source>Ending &amp;within:</source>
        <translation>Истекают в &amp;течение:</translation>
    </message>
    <message>
        <source>Ending within how many days</source>
        <translation>В течение скольких дней истекает срок действия</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Загрузить список заново (F5)</translation>
    </message>
    <message>
        <source>Certificates ending soon</source>
        <translation>Документы, срок действия которых скоро истекает</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificates ending within %Ln day(s): {count}</source>
        <translation>
            <numerusform>Документы, срок действия которых истекает в течение %Ln дня: {count}</numerusform>
            <numerusform>Документы, срок действия которых истекает в течение %Ln дней: {count}</numerusform>
            <numerusform>Документы, срок действия которых истекает в течение %Ln дней: {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>the {limit} ending soonest are listed</source>
        <translation>показаны {limit} документов с ближайшим сроком окончания</translation>
    </message>
    <message numerus="yes">
        <source>No certificate ends within %Ln day(s).</source>
        <translation>
            <numerusform>Нет документов, срок действия которых истекает в течение %Ln дня.</numerusform>
            <numerusform>Нет документов, срок действия которых истекает в течение %Ln дней.</numerusform>
            <numerusform>Нет документов, срок действия которых истекает в течение %Ln дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Number</source>
        <extracomment>Registry columns (the registry&apos;s own), and which hold the applicant&apos;s personal data.</extracomment>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Decision due</source>
        <translation>Срок принятия решения</translation>
    </message>
    <message>
        <source>Status valid until</source>
        <translation>Статус действителен до</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Дубликат документа</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Кому вручено</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Reason voided</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <source>Void</source>
        <extracomment>The applicant, whom a paper was handed to, and why it was voided (typed text that may name people).</extracomment>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Журнал регистрации выданных документов</translation>
    </message>
    <message>
        <source>Under 1 month</source>
        <translation>Менее 1 месяца</translation>
    </message>
    <message>
        <source>1 to 3 months</source>
        <translation>От 1 до 3 месяцев</translation>
    </message>
    <message>
        <source>3 to 6 months</source>
        <translation>От 3 до 6 месяцев</translation>
    </message>
    <message>
        <source>6 to 12 months</source>
        <translation>От 6 до 12 месяцев</translation>
    </message>
    <message>
        <source>12 months or more</source>
        <translation>12 месяцев и более</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Petitions registered</source>
        <translation>Зарегистрированные ходатайства</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Recognition rate, %</source>
        <translation>Доля присвоения статуса беженца, %</translation>
    </message>
    <message>
        <source>Median days from petition to decision</source>
        <translation>Медианный срок от регистрации ходатайства до решения, дней</translation>
    </message>
    <message>
        <source>Cases pending</source>
        <translation>Дела на рассмотрении</translation>
    </message>
    <message>
        <source>Pending counted on</source>
        <translation>Дата подсчёта дел на рассмотрении</translation>
    </message>
    <message>
        <source>Appeals lodged</source>
        <translation>Поданные жалобы</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Статус присвоен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Closed without decision</source>
        <translation>Закрыто без решения по существу</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Медианный срок до решения, дней</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Решения по результатам</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Extension decisions</source>
        <translation>Решения о продлении</translation>
    </message>
    <message>
        <source>Pending cases by age</source>
        <translation>Дела на рассмотрении по срокам</translation>
    </message>
    <message>
        <source>Waiting since petition</source>
        <translation>Срок с регистрации ходатайства</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Refugee statuses expiring</source>
        <translation>Истекающие статусы беженцев</translation>
    </message>
    <message>
        <source>Statuses ending</source>
        <translation>Истекающие статусы</translation>
    </message>
    <message>
        <source>Appeals by outcome</source>
        <translation>Жалобы по результатам</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation>По гражданству</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>By ethnicity</source>
        <translation>По национальности</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>По специалистам</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Не назначен</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the registry of cases</source>
        <translation>Экспорт реестра дел</translation>
    </message>
    <message>
        <source>Export the register of issued documents</source>
        <translation>Экспорт журнала регистрации выданных документов</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Экспорт статистики</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx)</source>
        <extracomment>The folder of the last export in this session (the next file dialog starts there).</extracomment>
        <translation>&amp;Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>&amp;CSV text (.csv)</source>
        <translation>&amp;Текст CSV (.csv)</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>Текст CSV</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>CSV separator</source>
        <translation>Разделитель CSV</translation>
    </message>
    <message>
        <source>Semicolon (;) — Excel in Kazakh or Russian settings</source>
        <translation>Точка с запятой (;) — для Excel с казахскими или русскими настройками</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Запятая (,)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (names, citizenship…)</source>
        <translation>&amp;Без персональных данных (ФИО, гражданство…)</translation>
    </message>
    <message>
        <source>Leave out personal data</source>
        <translation>Без персональных данных</translation>
    </message>
    <message>
        <source>Leave out the columns with personal data: applicants&apos; names and citizenship, to whom a paper was handed and why it was voided</source>
        <translation>Не включать столбцы с персональными данными: ФИО и гражданство заявителей, кому вручён документ и почему он аннулирован</translation>
    </message>
    <message>
        <source>Your role may export only without personal data.</source>
        <translation>При вашей роли экспорт возможен только без персональных данных.</translation>
    </message>
    <message>
        <source>The file is not encrypted. Keep it on an encrypted drive and delete it when it is no longer needed.</source>
        <translation>Файл не зашифрован. Храните его на зашифрованном носителе и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>Choose the file and export</source>
        <translation>Выбрать файл и экспортировать</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Rows exported: %Ln. File: “{file}”.</source>
        <translation>Экспортировано строк: %Ln. Файл: «{file}».</translation>
    </message>
    <message>
        <source>The file holds personal data and is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Файл содержит персональные данные и не зашифрован: храните его в надёжном месте и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт выполнен</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Экспорт не выполнен</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <source>Refugee status is valid until {date}; the extension must be applied for before then.</source>
        <translation>Статус беженца действителен по {date}; заявление о продлении должно быть подано до этой даты.</translation>
    </message>
    <message>
        <source>Register an extension application</source>
        <translation>Регистрация заявления о продлении</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Дата &amp;подачи заявления:</translation>
    </message>
    <message>
        <source>Register the extension application of {date}? The case becomes “{status}”, and you draft the extension assessment.</source>
        <translation>Зарегистрировать заявление о продлении от {date}? Дело перейдёт в статус «{status}», и вам нужно будет подготовить заключение о продлении.</translation>
    </message>
    <message>
        <source>Extension application registered. Draft the extension assessment under “Assessment”.</source>
        <translation>Заявление о продлении зарегистрировано. Подготовьте заключение о продлении в разделе «Заключение».</translation>
    </message>
</context>
<context>
    <name>FamilyMemberDialog</name>
    <message>
        <source>1990, 1990-05 or 1990-05-17; add ~ for an estimate (1990~).</source>
        <translation>1990, 1990-05 или 1990-05-17; для приблизительной даты добавьте ~ (1990~).</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Included in the petition</source>
        <translation>Включён(а) в ходатайство</translation>
    </message>
    <message>
        <source>Own case</source>
        <translation>Отдельное дело</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add a relative</source>
        <translation>Добавление родственника</translation>
    </message>
    <message>
        <source>Edit a relative</source>
        <translation>Изменение сведений о родственнике</translation>
    </message>
    <message>
        <source>e.g. 2015-03</source>
        <translation>например, 2015-03</translation>
    </message>
    <message>
        <source>e.g. with the applicant; in Xinjiang; unknown</source>
        <translation>например, вместе с заявителем; в Синьцзяне; неизвестно</translation>
    </message>
    <message>
        <source>&amp;Included in the petition</source>
        <translation>Включён(а) в &amp;ходатайство</translation>
    </message>
    <message>
        <source>e.g. AQM-2026-00042</source>
        <translation>например, AQM-2026-00042</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Родство:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Да&amp;та рождения:</translation>
    </message>
    <message>
        <source>W&amp;hereabouts:</source>
        <translation>&amp;Местонахождение:</translation>
    </message>
    <message>
        <source>&amp;Own case number:</source>
        <translation>&amp;Номер отдельного дела:</translation>
    </message>
    <message>
        <source>When the relative has a petition of their own.</source>
        <translation>Если родственник подал собственное ходатайство.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>In the petition</source>
        <translation>В ходатайстве</translation>
    </message>
    <message>
        <source>Own case</source>
        <translation>Отдельное дело</translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <source>{relation} {name}</source>
        <translation>{relation} {name}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Kind of document</source>
        <extracomment>The label of every field path the services name in a ``ValidationError``, in context &quot;Fields&quot;. An index in a path (``names[0]``) is written ``[]`` here, and ``{n}`` in the label is that index counted from 1. A path with no label of its own takes that of the nearest path above it (``setting.documents.name.kk`` → ``setting.documents.name``); one with none at all is shown as it is (a case number in a list of cases, a place in an import file).</extracomment>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Failed logins before the account is locked</source>
        <translation>Число неудачных попыток входа до блокировки учётной записи</translation>
    </message>
    <message>
        <source>Minutes before an idle Pana locks</source>
        <translation>Время бездействия до блокировки Pana (минут)</translation>
    </message>
    <message>
        <source>Commission name</source>
        <translation>Название комиссии</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Код региона</translation>
    </message>
    <message>
        <source>Commission address</source>
        <translation>Адрес комиссии</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Логотип на бланке</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Months to decide</source>
        <translation>Срок принятия решения (месяцев)</translation>
    </message>
    <message>
        <source>Longest time to decide (months)</source>
        <translation>Предельный срок принятия решения (месяцев)</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate valid for (months)</source>
        <translation>Срок действия свидетельства лица, ищущего убежище (месяцев)</translation>
    </message>
    <message>
        <source>Refugee status valid for (months)</source>
        <translation>Срок действия статуса беженца (месяцев)</translation>
    </message>
    <message>
        <source>Time to appeal (months)</source>
        <translation>Срок обжалования (месяцев)</translation>
    </message>
    <message>
        <source>Days to take fingerprints</source>
        <translation>Срок снятия отпечатков пальцев (дней)</translation>
    </message>
    <message>
        <source>Working days to register a petition</source>
        <translation>Срок регистрации ходатайства (рабочих дней)</translation>
    </message>
    <message>
        <source>Commission name in letters</source>
        <translation>Название комиссии (в письмах)</translation>
    </message>
    <message>
        <source>Commission address in letters</source>
        <translation>Адрес комиссии (в письмах)</translation>
    </message>
    <message>
        <source>Signatory&apos;s title in letters</source>
        <translation>Должность подписанта (в письмах)</translation>
    </message>
    <message>
        <source>Appeal court in letters</source>
        <translation>Суд для обжалования (в письмах)</translation>
    </message>
    <message>
        <source>Years to keep closed cases</source>
        <translation>Срок хранения закрытых дел (лет)</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>Номера дел</translation>
    </message>
    <message>
        <source>Anonymise or purge</source>
        <translation>Обезличивание или уничтожение</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>Интервал между резервными копиями в часах</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Число хранимых резервных копий</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Дата «по»</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Name (written form {n})</source>
        <translation>Вариант написания имени № {n}</translation>
    </message>
    <message>
        <source>Script (written form {n})</source>
        <translation>Графика (вариант написания № {n})</translation>
    </message>
    <message>
        <source>Kind of name (written form {n})</source>
        <translation>Вид имени (вариант написания № {n})</translation>
    </message>
    <message>
        <source>Surname (written form {n})</source>
        <translation>Фамилия (вариант написания № {n})</translation>
    </message>
    <message>
        <source>Given names (written form {n})</source>
        <translation>Имя (вариант написания № {n})</translation>
    </message>
    <message>
        <source>Patronymic (written form {n})</source>
        <translation>Отчество (вариант написания № {n})</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Лицо без гражданства</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Вероисповедание</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Laptop&apos;s request file</source>
        <translation>Файл запроса ноутбука</translation>
    </message>
    <message>
        <source>Quota of new petitions</source>
        <translation>Квота новых ходатайств</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <source>Petition written in</source>
        <translation>Язык ходатайства</translation>
    </message>
    <message>
        <source>Letters in</source>
        <translation>Язык писем</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Arrived in Kazakhstan</source>
        <translation>Дата прибытия в Казахстан</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Fingerprints taken on</source>
        <translation>Дата снятия отпечатков пальцев</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Whose document</source>
        <translation>Владелец документа</translation>
    </message>
    <message>
        <source>Document type (document {n})</source>
        <translation>Вид документа (документ № {n})</translation>
    </message>
    <message>
        <source>Document number (document {n})</source>
        <translation>Номер документа (документ № {n})</translation>
    </message>
    <message>
        <source>Issuing country (document {n})</source>
        <translation>Страна выдачи (документ № {n})</translation>
    </message>
    <message>
        <source>Issued by (document {n})</source>
        <translation>Кем выдан (документ № {n})</translation>
    </message>
    <message>
        <source>Issued on (document {n})</source>
        <translation>Дата выдачи (документ № {n})</translation>
    </message>
    <message>
        <source>Expires on (document {n})</source>
        <translation>Действителен до (документ № {n})</translation>
    </message>
    <message>
        <source>Whose document (document {n})</source>
        <translation>Владелец документа (документ № {n})</translation>
    </message>
    <message>
        <source>Notes (document {n})</source>
        <translation>Примечания (документ № {n})</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Родственник</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Own case number</source>
        <translation>Номер отдельного дела</translation>
    </message>
    <message>
        <source>Crossed on</source>
        <translation>Дата пересечения</translation>
    </message>
    <message>
        <source>Place of crossing</source>
        <translation>Место пересечения границы</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>Из страны</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <source>Pre-trial detention (days)</source>
        <translation>Содержание под стражей до суда (дней)</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Дата решения суда</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер дела в суде</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Representative&apos;s name</source>
        <translation>ФИО представителя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>Feared actor</source>
        <translation>Субъект преследования</translation>
    </message>
    <message>
        <source>Actor described</source>
        <translation>Описание субъекта</translation>
    </message>
    <message>
        <source>Ground {n}</source>
        <translation>Основание № {n}</translation>
    </message>
    <message>
        <source>Nexus (ground {n})</source>
        <translation>Причинная связь (основание № {n})</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Вид случая преследования</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто совершил</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Тип субъекта преследования</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Продолжительность (дней)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Relative concerned</source>
        <translation>В отношении кого</translation>
    </message>
    <message>
        <source>Evidence {n}</source>
        <translation>Доказательство № {n}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Вид доказательства</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>ФИО переводчика</translation>
    </message>
    <message>
        <source>Interpreter&apos;s languages</source>
        <translation>Языки переводчика</translation>
    </message>
    <message>
        <source>Interpreter&apos;s gender</source>
        <translation>Пол переводчика</translation>
    </message>
    <message>
        <source>Interpreter&apos;s organisation</source>
        <translation>Организация переводчика</translation>
    </message>
    <message>
        <source>Interpreter&apos;s phone</source>
        <translation>Телефон переводчика</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Place of the interview</source>
        <translation>Место собеседования</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Язык собеседования</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Диалект</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Иные присутствующие</translation>
    </message>
    <message>
        <source>Demeanour notes</source>
        <translation>Заметки о поведении</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Вопрос {n}</translation>
    </message>
    <message>
        <source>Answer {n}</source>
        <translation>Ответ {n}</translation>
    </message>
    <message>
        <source>Kind of draft</source>
        <translation>Вид черновика</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Internal consistency</source>
        <translation>Внутренняя согласованность</translation>
    </message>
    <message>
        <source>Note on internal consistency</source>
        <translation>Пояснение к оценке внутренней согласованности</translation>
    </message>
    <message>
        <source>Consistency with country information</source>
        <translation>Соответствие информации о стране происхождения</translation>
    </message>
    <message>
        <source>Note on consistency with country information</source>
        <translation>Пояснение к оценке соответствия информации о стране происхождения</translation>
    </message>
    <message>
        <source>Plausibility</source>
        <translation>Правдоподобность</translation>
    </message>
    <message>
        <source>Note on plausibility</source>
        <translation>Пояснение к оценке правдоподобности</translation>
    </message>
    <message>
        <source>Well-founded fear</source>
        <translation>Вполне обоснованные опасения</translation>
    </message>
    <message>
        <source>Note on well-founded fear</source>
        <translation>Пояснение к оценке вполне обоснованных опасений</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Основания для исключения</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Обоснование решения</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Рекомендуемое решение</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенционные основания</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Дата принятия решения</translation>
    </message>
    <message>
        <source>Way served</source>
        <translation>Способ вручения</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>Certificate issued on</source>
        <translation>Дата выдачи свидетельства или удостоверения</translation>
    </message>
    <message>
        <source>Reason for the replacement</source>
        <translation>Причина замены</translation>
    </message>
    <message>
        <source>Extension applied for on</source>
        <translation>Дата подачи заявления о продлении</translation>
    </message>
    <message>
        <source>How the status ended</source>
        <translation>Вид прекращения действия статуса</translation>
    </message>
    <message>
        <source>Status ended on</source>
        <translation>Дата прекращения действия статуса</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Appeal lodged on</source>
        <translation>Дата подачи жалобы</translation>
    </message>
    <message>
        <source>Court reference</source>
        <translation>Номер дела в суде</translation>
    </message>
    <message>
        <source>Court&apos;s outcome</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Why the case is reopened</source>
        <translation>Причина возобновления рассмотрения дела</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>Reason for the new deadline</source>
        <translation>Причина продления срока</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Кому вручено</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <source>Ending within (days)</source>
        <translation>Истекают в течение (дней)</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>FingerprintsDialog</name>
    <message>
        <source>Fingerprints</source>
        <translation>Отпечатки пальцев</translation>
    </message>
    <message>
        <source>Fingerprints taken on</source>
        <translation>Дата снятия отпечатков пальцев</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>&amp;Дата снятия:</translation>
    </message>
    <message>
        <source>Save the fingerprint date</source>
        <translation>Сохранить дату снятия отпечатков пальцев</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>Заголовки столбцов</translation>
    </message>
    <message>
        <source>Row headers</source>
        <translation>Заголовки строк</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>You have changes that are not saved{what}.</source>
        <translation>Есть несохранённые изменения{what}.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>What you typed is still here: save again once this is solved.</source>
        <translation>Введённые данные не потеряны: сохраните их ещё раз, когда проблема будет устранена.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand-over of {number}</source>
        <translation>Вручение документа № {number}</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Кому вручено</translation>
    </message>
    <message>
        <source>The applicant, or the person who collected it</source>
        <translation>Заявитель или лицо, получившее документ</translation>
    </message>
    <message>
        <source>Date of the hand-over</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <source>Handed &amp;to:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Record the hand-over</source>
        <translation>Отметить вручение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Petition registered</source>
        <translation>Ходатайство зарегистрировано</translation>
    </message>
    <message>
        <source>Case file viewed</source>
        <translation>Дело просмотрено</translation>
    </message>
    <message>
        <source>Claim, interviews and evidence viewed</source>
        <translation>Просмотрены доводы заявителя, собеседования и доказательства</translation>
    </message>
    <message>
        <source>Officer assigned</source>
        <translation>Назначен специалист</translation>
    </message>
    <message>
        <source>Fingerprints recorded</source>
        <translation>Отпечатки пальцев сняты</translation>
    </message>
    <message>
        <source>Decision deadline extended</source>
        <translation>Срок рассмотрения ходатайства продлён</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <source>Case reopened</source>
        <translation>Рассмотрение дела возобновлено</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Дело экспортировано</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Дело импортировано</translation>
    </message>
    <message>
        <source>Marked as not a duplicate</source>
        <translation>Отмечено, что дело не дублирует другое</translation>
    </message>
    <message>
        <source>Applicant&apos;s details changed</source>
        <translation>Изменены сведения о заявителе</translation>
    </message>
    <message>
        <source>Applicant&apos;s photo changed</source>
        <translation>Изменена фотография заявителя</translation>
    </message>
    <message>
        <source>Family member added</source>
        <translation>Добавлен член семьи</translation>
    </message>
    <message>
        <source>Family member changed</source>
        <translation>Изменены сведения о члене семьи</translation>
    </message>
    <message>
        <source>Family member removed</source>
        <translation>Удалён член семьи</translation>
    </message>
    <message>
        <source>Identity document added</source>
        <translation>Добавлен документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Identity document changed</source>
        <translation>Изменён документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Identity document removed</source>
        <translation>Удалён документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Border crossing added</source>
        <translation>Добавлены сведения о пересечении границы</translation>
    </message>
    <message>
        <source>Border crossing changed</source>
        <translation>Изменены сведения о пересечении границы</translation>
    </message>
    <message>
        <source>Border crossing removed</source>
        <translation>Удалены сведения о пересечении границы</translation>
    </message>
    <message>
        <source>Criminal proceeding added</source>
        <translation>Добавлены сведения об уголовном деле</translation>
    </message>
    <message>
        <source>Criminal proceeding changed</source>
        <translation>Изменены сведения об уголовном деле</translation>
    </message>
    <message>
        <source>Criminal proceeding removed</source>
        <translation>Удалены сведения об уголовном деле</translation>
    </message>
    <message>
        <source>Court ruling added</source>
        <translation>Добавлено судебное решение</translation>
    </message>
    <message>
        <source>Court ruling changed</source>
        <translation>Изменено судебное решение</translation>
    </message>
    <message>
        <source>Court ruling removed</source>
        <translation>Удалено судебное решение</translation>
    </message>
    <message>
        <source>Representative registered</source>
        <translation>Зарегистрирован представитель</translation>
    </message>
    <message>
        <source>Representative assigned</source>
        <translation>Представитель указан в деле</translation>
    </message>
    <message>
        <source>Interpreter registered</source>
        <translation>Зарегистрирован переводчик</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Собеседование назначено</translation>
    </message>
    <message>
        <source>Interview recorded</source>
        <translation>Внесён протокол собеседования</translation>
    </message>
    <message>
        <source>Applicant did not come to the interview</source>
        <translation>Заявитель не явился на собеседование</translation>
    </message>
    <message>
        <source>Claim saved</source>
        <translation>Доводы заявителя сохранены</translation>
    </message>
    <message>
        <source>Incident added</source>
        <translation>Добавлен случай преследования</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Изменён случай преследования</translation>
    </message>
    <message>
        <source>Incident removed</source>
        <translation>Удалён случай преследования</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>Прикреплено доказательство</translation>
    </message>
    <message>
        <source>Evidence viewed</source>
        <translation>Доказательство просмотрено</translation>
    </message>
    <message>
        <source>Assessment drafted</source>
        <translation>Подготовлен проект заключения</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Направлено на утверждение</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Возвращено с замечаниями</translation>
    </message>
    <message>
        <source>Decision approved</source>
        <translation>Решение утверждено</translation>
    </message>
    <message>
        <source>Notification recorded</source>
        <translation>Отмечено вручение решения</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Выдано свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>Certificate renewed</source>
        <translation>Свидетельство лица, ищущего убежище, продлено</translation>
    </message>
    <message>
        <source>Extension application registered</source>
        <translation>Зарегистрировано заявление о продлении</translation>
    </message>
    <message>
        <source>Refugee status ended</source>
        <translation>Действие статуса беженца прекращено</translation>
    </message>
    <message>
        <source>Appeal recorded</source>
        <translation>Жалоба зарегистрирована</translation>
    </message>
    <message>
        <source>Appeal outcome recorded</source>
        <translation>Внесён результат обжалования</translation>
    </message>
    <message>
        <source>Certificate replaced</source>
        <translation>Свидетельство или удостоверение заменено</translation>
    </message>
    <message>
        <source>Certificate checked</source>
        <translation>Свидетельство или удостоверение проверено</translation>
    </message>
    <message>
        <source>Document printed and registered</source>
        <translation>Документ напечатан и зарегистрирован</translation>
    </message>
    <message>
        <source>Duplicate printed</source>
        <translation>Напечатан дубликат</translation>
    </message>
    <message>
        <source>Document handed over</source>
        <translation>Документ вручён</translation>
    </message>
    <message>
        <source>Printed document voided</source>
        <translation>Напечатанный документ аннулирован</translation>
    </message>
    <message>
        <source>An action was refused to this role</source>
        <translation>Действие запрещено для этой роли</translation>
    </message>
    <message>
        <source>Anonymised after the retention period</source>
        <translation>Обезличено по истечении срока хранения</translation>
    </message>
    <message>
        <source>Purged after the retention period</source>
        <translation>Уничтожено по истечении срока хранения</translation>
    </message>
    <message>
        <source>Checked out to a laptop</source>
        <translation>Выдано на ноутбук</translation>
    </message>
    <message>
        <source>Taken onto the laptop</source>
        <translation>Принято на ноутбук</translation>
    </message>
    <message>
        <source>Released from its laptop</source>
        <translation>Отозвано с ноутбука</translation>
    </message>
    <message>
        <source>Checked in from the laptop</source>
        <translation>Возвращено с ноутбука</translation>
    </message>
    <message>
        <source>Registered on a laptop, taken in at the office</source>
        <translation>Зарегистрировано на ноутбуке, принято в офисе</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Entries that only record that somebody looked: hidden unless asked for. Values not worth showing a person (internal identifiers).</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>&amp;History of the case:</source>
        <translation>&amp;История дела:</translation>
    </message>
    <message>
        <source>Show &amp;views</source>
        <translation>Показывать &amp;просмотры</translation>
    </message>
    <message>
        <source>Also show when the file was only viewed</source>
        <translation>Показывать также случаи, когда дело только просматривали</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Записи истории</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>По&amp;дробности:</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Подробности выбранной записи</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <translation>Значения этой записи видны только специалистам и руководителям.</translation>
    </message>
    <message>
        <source>No values were recorded with this entry.</source>
        <translation>В этой записи значения не сохранены.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Проверка перед импортом</translation>
    </message>
    <message>
        <source>Every row is checked as it would be imported, against the people registered already; nothing is written yet.</source>
        <translation>Каждая строка проверяется так же, как при импорте, в том числе сверяется с уже зарегистрированными лицами; пока ничего не записывается.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Прочитать файл заново</translation>
    </message>
    <message>
        <source>Read the corrected spreadsheet and check again</source>
        <translation>Прочитать исправленную электронную таблицу и проверить ещё раз</translation>
    </message>
    <message>
        <source>Rows that would fail</source>
        <translation>Строки, которые не удастся импортировать</translation>
    </message>
    <message>
        <source>Rows that may be people registered already</source>
        <translation>Строки, которые, возможно, относятся к уже зарегистрированным лицам</translation>
    </message>
    <message>
        <source>&amp;Open that case</source>
        <translation>&amp;Открыть это дело</translation>
    </message>
    <message>
        <source>Open the case registered already</source>
        <translation>Открыть ранее зарегистрированное дело</translation>
    </message>
    <message>
        <source>Compare each with the case it resembles. Tick “Another person” when it is someone else (Pana records that you checked); else remove the row from the spreadsheet.</source>
        <translation>Сравните каждую строку с похожим делом. Если это другой человек, отметьте «Другое лицо» (Pana зафиксирует, что вы это проверили); иначе удалите строку из электронной таблицы.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <translation>Чтение и проверка всех строк…</translation>
    </message>
    <message>
        <source>Checked {done} of {total} rows…</source>
        <translation>Проверено строк: {done} из {total}…</translation>
    </message>
    <message>
        <source>Rows: {total} · ready to import: {ok} · failing: {failing} · possible duplicates not yet checked: {duplicates}</source>
        <translation>Всего строк: {total} · готовы к импорту: {ok} · с ошибками: {failing} · непроверенные возможные дубликаты: {duplicates}</translation>
    </message>
    <message>
        <source>The sheet has no rows under the header: there is nothing to import.</source>
        <translation>На листе нет строк под строкой заголовков: импортировать нечего.</translation>
    </message>
    <message>
        <source>Nothing can be imported while a row fails. Correct those rows in the spreadsheet, save it and read it again here, or go back and change the columns or the date formats.</source>
        <translation>Пока есть строки с ошибками, импорт невозможен. Исправьте эти строки в электронной таблице, сохраните её и прочитайте файл здесь заново — или вернитесь назад и измените столбцы или форматы дат.</translation>
    </message>
    <message>
        <source>Nothing can be imported while a possible duplicate is not checked: open the case, and tick “Another person” or remove the row from the spreadsheet.</source>
        <translation>Пока не проверены все возможные дубликаты, импорт невозможен: откройте дело и отметьте «Другое лицо» или удалите строку из электронной таблицы.</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Number in the old register</source>
        <extracomment>The largest file read at all (a register of 100,000 rows is a few MB). What the parts of a workbook may unpack to together: a zip bomb of a few KB claims gigabytes. ``zipfile`` stops at (and checks) the size each part declares, so the sum of the declared sizes bounds what is read. Rows below the header, and columns, read at most. The header is looked for in the first rows only. Registration, arrival and closing dates before this year are typing errors. Rows written per INSERT statement. Pana field key -&gt; its label (English source, context &quot;ImportField&quot;).</extracomment>
        <translation>Номер в прежнем журнале</translation>
    </message>
    <message>
        <source>Full name (surname first)</source>
        <translation>ФИО (фамилия первой)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name in Latin letters</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Вероисповедание</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Номер паспорта</translation>
    </message>
    <message>
        <source>Date of registration</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Date of arrival</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Date closed</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <extracomment>Fields of a ``RowProblem`` that are not columns.</extracomment>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>The spreadsheet</source>
        <translation>Электронная таблица</translation>
    </message>
    <message>
        <source>Choose the old register: an Excel workbook (.xlsx) or a CSV file. Nothing is written into Pana before the last step.</source>
        <translation>Выберите прежний реестр: книгу Excel (.xlsx) или файл CSV. До последнего шага в Pana ничего не записывается.</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Файл таблицы</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose the spreadsheet file</source>
        <translation>Выбрать файл таблицы</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Лист книги</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>Choose the register to import</source>
        <translation>Выбор реестра для импорта</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv);;Excel workbooks (*.xlsx *.xlsm);;CSV files (*.csv);;All files (*)</source>
        <translation>Электронные таблицы (*.xlsx *.xlsm *.csv);;Книги Excel (*.xlsx *.xlsm);;Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>(a CSV file has one sheet)</source>
        <translation>(в файле CSV только один лист)</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>Чтение первых строк…</translation>
    </message>
    <message>
        <source>This sheet is empty: choose another sheet or another file.</source>
        <translation>Этот лист пуст: выберите другой лист или другой файл.</translation>
    </message>
    <message numerus="yes">
        <source>Read: %Ln column(s). Go on to see the first rows.</source>
        <translation>
            <numerusform>Прочитано столбцов: %Ln. Перейдите к следующему шагу, чтобы увидеть первые строки.</numerusform>
            <numerusform>Прочитано столбцов: %Ln. Перейдите к следующему шагу, чтобы увидеть первые строки.</numerusform>
            <numerusform>Прочитано столбцов: %Ln. Перейдите к следующему шагу, чтобы увидеть первые строки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns and dates</source>
        <translation>Столбцы и даты</translation>
    </message>
    <message>
        <source>Choose the Pana field each column fills; a column left at “not imported” is skipped. The choice was guessed from the column names.</source>
        <translation>Выберите для каждого столбца поле Pana, которое он заполняет; столбец со значением «не импортируется» пропускается. Поля предложены по названиям столбцов.</translation>
    </message>
    <message>
        <source>Required: {fields}.</source>
        <translation>Обязательные поля: {fields}.</translation>
    </message>
    <message>
        <source>Date formats, tried in this order</source>
        <translation>Форматы дат (применяются в этом порядке)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Try the chosen date format earlier</source>
        <translation>Применять выбранный формат даты раньше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Try the chosen date format later</source>
        <translation>Применять выбранный формат даты позже</translation>
    </message>
    <message>
        <source>&amp;Save the mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <source>Save the columns and date formats to a file</source>
        <translation>Сохранить столбцы и форматы дат в файл</translation>
    </message>
    <message>
        <source>&amp;Load a mapping…</source>
        <translation>&amp;Загрузить сопоставление…</translation>
    </message>
    <message>
        <source>Load columns and date formats from a file</source>
        <translation>Загрузить столбцы и форматы дат из файла</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Pana field</source>
        <translation>Поле Pana</translation>
    </message>
    <message>
        <source>{column}: {header}</source>
        <translation>{column}: {header}</translation>
    </message>
    <message>
        <source>Pana field for column {column}</source>
        <translation>Поле Pana для столбца {column}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортируется —</translation>
    </message>
    <message>
        <source>“{field}” is chosen for more than one column ({columns}): choose it for one column only.</source>
        <translation>Поле «{field}» выбрано для нескольких столбцов ({columns}): выберите его только для одного столбца.</translation>
    </message>
    <message>
        <source>No column is chosen for {fields}: choose the column that holds it.</source>
        <translation>Не выбран столбец для поля {fields}: выберите столбец, в котором указаны эти сведения.</translation>
    </message>
    <message>
        <source>Tick at least one date format.</source>
        <translation>Отметьте хотя бы один формат даты.</translation>
    </message>
    <message>
        <source>Chosen for another column too</source>
        <translation>Выбрано также для другого столбца</translation>
    </message>
    <message>
        <source>A date cell is read with the first ticked format that fits; a cell Excel stores as a date fits every format. How the cell “{cell}” of this file reads with each:</source>
        <translation>Дата в ячейке читается по первому подходящему из отмеченных форматов; ячейке, которую Excel хранит как дату, подходит любой формат. Как ячейка «{cell}» этого файла читается в каждом формате:</translation>
    </message>
    <message>
        <source>A date cell is read with the first ticked format that fits; a cell Excel stores as a date fits every format. No column with dates is chosen yet.</source>
        <translation>Дата в ячейке читается по первому подходящему из отмеченных форматов; ячейке, которую Excel хранит как дату, подходит любой формат. Столбец с датами пока не выбран.</translation>
    </message>
    <message>
        <source>{format} (like {example})</source>
        <translation>{format} (например, {example})</translation>
    </message>
    <message>
        <source>{format}: {date}</source>
        <translation>{format}: {date}</translation>
    </message>
    <message>
        <source>{format}: cannot be read so</source>
        <translation>{format}: так не читается</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Сохранение сопоставления</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Файлы сопоставления (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be written to {file}: {reason}. Choose another folder.</source>
        <translation>Не удалось записать сопоставление в файл {file}: {reason}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Mapping saved to {file}. The command line takes it too: pana case import FILE --mapping {file}</source>
        <translation>Сопоставление сохранено в файл {file}. Его можно использовать и в командной строке: pana case import FILE --mapping {file}</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Загрузка сопоставления</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Файлы сопоставления (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Mapping loaded from {file}.</source>
        <translation>Сопоставление загружено из файла {file}.</translation>
    </message>
    <message>
        <source>It was saved for the sheet “{sheet}”.</source>
        <translation>Оно было сохранено для листа «{sheet}».</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>The first rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <source>Check that Pana reads the sheet as your spreadsheet program shows it.</source>
        <translation>Убедитесь, что Pana читает лист так же, как его показывает ваш табличный редактор.</translation>
    </message>
    <message>
        <source>The first rows of the sheet</source>
        <translation>Первые строки листа</translation>
    </message>
    <message>
        <source>{row}: header</source>
        <translation>{row}: заголовки</translation>
    </message>
    <message>
        <source>The header row: it names the columns</source>
        <translation>Строка заголовков: в ней указаны названия столбцов</translation>
    </message>
    <message>
        <source>Row {row} holds the column names (in bold); the rows under it are the register. Empty rows are left out; rows are numbered as in the spreadsheet.</source>
        <translation>В строке {row} — названия столбцов (выделены полужирным); строки под ней — записи журнала. Пустые строки пропущены; строки пронумерованы так же, как в электронной таблице.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln row(s) are shown.</source>
        <translation>
            <numerusform>Показана первая %Ln строка.</numerusform>
            <numerusform>Показаны первые %Ln строки.</numerusform>
            <numerusform>Показаны первые %Ln строк.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>All rows are imported together, or none: a cancelled or failed import leaves Pana as it was.</source>
        <translation>Строки импортируются все вместе или ни одна: если импорт отменён или завершился ошибкой, данные Pana остаются без изменений.</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Cancel the import; nothing is written</source>
        <translation>Отменить импорт; ничего не будет записано</translation>
    </message>
    <message>
        <source>&amp;Start the import again</source>
        <translation>&amp;Повторить импорт</translation>
    </message>
    <message>
        <source>Start the import again</source>
        <translation>Начать импорт заново</translation>
    </message>
    <message>
        <source>Numbers of the new cases</source>
        <translation>Номера новых дел</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Save the report of the import to a file</source>
        <translation>Сохранить отчёт об импорте в файл</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Checking again: {done} of {total} rows…</source>
        <translation>Повторная проверка строк: {done} из {total}…</translation>
    </message>
    <message>
        <source>Writing: {done} of {total} rows…</source>
        <translation>Запись строк: {done} из {total}…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Остановка; ничего не будет записано…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln row(s) fail now, as the register changed since the check. Close the wizard and import the file again to see why.</source>
        <translation>
            <numerusform>Ничего не импортировано: после проверки реестр дел изменился, и теперь %Ln строка содержит ошибку. Закройте мастер и импортируйте файл снова, чтобы увидеть причину.</numerusform>
            <numerusform>Ничего не импортировано: после проверки реестр дел изменился, и теперь %Ln строки содержат ошибки. Закройте мастер и импортируйте файл снова, чтобы увидеть причины.</numerusform>
            <numerusform>Ничего не импортировано: после проверки реестр дел изменился, и теперь %Ln строк содержат ошибки. Закройте мастер и импортируйте файл снова, чтобы увидеть причины.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported. Their numbers:</source>
        <translation>
            <numerusform>Импортировано %Ln дело. Номера дел:</numerusform>
            <numerusform>Импортировано %Ln дела. Номера дел:</numerusform>
            <numerusform>Импортировано %Ln дел. Номера дел:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {number}</source>
        <translation>Строка {row}: {number}</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: {reason}</source>
        <translation>Импорт не выполнен, ничего не записано: {reason}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt)</source>
        <translation>Файлы CSV (*.csv);;Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be written to {file}: {reason}. Choose another folder.</source>
        <translation>Не удалось записать отчёт в файл {file}: {reason}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>Report saved to {file}.</source>
        <translation>Отчёт сохранён в файл {file}.</translation>
    </message>
    <message>
        <source>Row in the spreadsheet</source>
        <translation>Строка электронной таблицы</translation>
    </message>
    <message>
        <source>New case number</source>
        <translation>Номер нового дела</translation>
    </message>
    <message>
        <source>Import of a register into Pana</source>
        <translation>Импорт журнала в Pana</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <source>Sheet: {sheet}</source>
        <translation>Лист: {sheet}</translation>
    </message>
    <message>
        <source>Imported on {when} by {user}</source>
        <translation>Дата и время импорта: {when}, пользователь: {user}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>Импортировано %Ln дело.</numerusform>
            <numerusform>Импортировано %Ln дела.</numerusform>
            <numerusform>Импортировано %Ln дел.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Row</source>
        <extracomment>The date formats offered (the command line&apos;s defaults), in the order tried unless the user changes it; a loaded mapping may add others. How many rows the second page shows. Up to this many failing rows, the check shows whole messages on wrapped lines. What a mapping needs, as ``spreadsheet_import`` checks it: one field of each group. Fields holding dates: their cells give the example under each date format. A date every format writes differently (day above 12), for the format&apos;s own example.</extracomment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Why it would fail</source>
        <translation>Причина ошибки</translation>
    </message>
    <message>
        <source>May be the same person as</source>
        <translation>Возможное совпадение</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Другое лицо</translation>
    </message>
    <message>
        <source>Pana could not read {file}: it is not an Excel workbook (.xlsx) or a CSV file, or it is damaged or still open in another program. Open it in your spreadsheet program, save it again as an Excel workbook (.xlsx) or as CSV (UTF-8), close it there and choose it again.</source>
        <translation>Pana не удалось прочитать файл {file}: это не книга Excel (.xlsx) и не файл CSV, либо файл повреждён или всё ещё открыт в другой программе. Откройте его в табличном редакторе, сохраните заново как книгу Excel (.xlsx) или как CSV (UTF-8), закройте его там и выберите файл снова.</translation>
    </message>
    <message>
        <source>yes, not a duplicate</source>
        <translation>да, не дубликат</translation>
    </message>
    <message>
        <source>case {number}</source>
        <translation>дело {number}</translation>
    </message>
    <message>
        <source>row {row} of this file</source>
        <translation>строка {row} этого файла</translation>
    </message>
    <message>
        <source>Import a register</source>
        <extracomment>For tests and the screenshots: the answer of a step has been shown.</extracomment>
        <translation>Импорт журнала</translation>
    </message>
    <message>
        <source>Import a register from a spreadsheet</source>
        <translation>Импорт журнала из электронной таблицы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import the rows</source>
        <translation>Импортировать строки</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Закрыть мастер</translation>
    </message>
    <message>
        <source>Cancel the wizard</source>
        <translation>Отменить работу мастера</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Остановить импорт?</translation>
    </message>
    <message>
        <source>The import is still running. Stop it and close the wizard? Nothing will be written: the register stays as it was before.</source>
        <translation>Импорт ещё выполняется. Остановить его и закрыть мастер? Ничего не будет записано: реестр дел останется таким, каким был до импорта.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident — {number}</source>
        <translation>Новый случай преследования — {number}</translation>
    </message>
    <message>
        <source>Incident — {number}</source>
        <translation>Случай преследования — {number}</translation>
    </message>
    <message>
        <source>Kind of incident</source>
        <translation>Вид случая преследования</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Кто совершил</translation>
    </message>
    <message>
        <source>e.g. county public security bureau</source>
        <translation>например, уездное управление общественной безопасности</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Тип субъекта преследования</translation>
    </message>
    <message>
        <source>Started (partial date)</source>
        <translation>Начало (неполная дата)</translation>
    </message>
    <message>
        <source>Ended (partial date)</source>
        <translation>Окончание (неполная дата)</translation>
    </message>
    <message>
        <source>2018, 2018-03 or 2018-03-17</source>
        <translation>2018, 2018-03 или 2018-03-17</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;окончание</translation>
    </message>
    <message>
        <source>Write dates as far as they are known; add ~ for an estimate (2018~).</source>
        <translation>Указывайте даты с той точностью, с какой они известны; для приблизительной даты добавьте ~ (2018~).</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>Продолжительность в днях</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Relative concerned</source>
        <translation>В отношении кого</translation>
    </message>
    <message>
        <source>The applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Связанные доказательства</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>&amp;Actor type:</source>
        <translation>&amp;Тип субъекта:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Длительность:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <source>&amp;Relative concerned:</source>
        <translation>В отношении ко&amp;го:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Док&amp;азательства:</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Сохранить случай преследования</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write 2018, 2018-03 or 2018-03-17, with ~ for an estimate.</source>
        <translation>«{text}» — не дата: укажите 2018, 2018-03 или 2018-03-17, для приблизительной даты добавьте ~.</translation>
    </message>
    <message>
        <source>The incident cannot end before it starts.</source>
        <translation>Дата окончания не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Close this dialog; the case file shows the saved version, and you can apply your change to it.</source>
        <translation>Закройте это окно: в деле отображается сохранённая версия, и вы можете внести в неё своё изменение.</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s) linked</source>
        <translation>
            <numerusform>Связанные доказательства: %Ln</numerusform>
            <numerusform>Связанные доказательства: %Ln</numerusform>
            <numerusform>Связанные доказательства: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>InterpreterCombo</name>
    <message>
        <source>No interpreter</source>
        <translation>Без переводчика</translation>
    </message>
    <message>
        <source>New interpreter…</source>
        <translation>Новый переводчик…</translation>
    </message>
</context>
<context>
    <name>InterpreterDialog</name>
    <message>
        <source>New interpreter</source>
        <translation>Новый переводчик</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Languages (codes)</source>
        <translation>Языки (коды)</translation>
    </message>
    <message>
        <source>e.g. ug, kk, ru</source>
        <translation>напр., ug, kk, ru</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Фамилия, имя, отчество:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>An interpreter must not work for the applicant&apos;s representative.</source>
        <translation>Переводчик не должен работать на представителя заявителя.</translation>
    </message>
    <message>
        <source>Register the interpreter</source>
        <translation>Зарегистрировать переводчика</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>InterviewRecorder</name>
    <message>
        <source>Interview record — {number}</source>
        <translation>Протокол собеседования — {number}</translation>
    </message>
    <message>
        <source>Interview record (read only) — {number}</source>
        <translation>Протокол собеседования (только для чтения) — {number}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>Начать &amp;сейчас</translation>
    </message>
    <message>
        <source>Set the start time to now</source>
        <translation>Указать текущее время как время начала</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё не закончено</translation>
    </message>
    <message>
        <source>&amp;End now</source>
        <translation>&amp;Завершить сейчас</translation>
    </message>
    <message>
        <source>Set the end time to now</source>
        <translation>Указать текущее время как время окончания</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Dialect</source>
        <translation>Диалект</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>&amp;Representative (lawyer) present</source>
        <translation>Присутствовал п&amp;редставитель (адвокат)</translation>
    </message>
    <message>
        <source>Representative present</source>
        <translation>Присутствовал представитель</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Иные присутствующие</translation>
    </message>
    <message>
        <source>Names and roles of everyone else in the room</source>
        <translation>Имена и роли всех остальных присутствующих в помещении</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <source>En&amp;ded:</source>
        <translation>О&amp;кончание:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Diale&amp;ct:</source>
        <translation>Диа&amp;лект:</translation>
    </message>
    <message>
        <source>&amp;Others present:</source>
        <translation>&amp;Иные присутствующие:</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Insert template questions</source>
        <translation>Вставить типовые вопросы</translation>
    </message>
    <message>
        <source>Insert &amp;template questions</source>
        <translation>Вставить &amp;типовые вопросы</translation>
    </message>
    <message>
        <source>Demeanour notes</source>
        <translation>Заметки о поведении</translation>
    </message>
    <message>
        <source>Observations only (e.g. pauses, distress, breaks taken) — not conclusions</source>
        <translation>Только наблюдения (например, паузы, волнение, сделанные перерывы) — не выводы</translation>
    </message>
    <message>
        <source>De&amp;meanour notes:</source>
        <translation>Заметки о по&amp;ведении:</translation>
    </message>
    <message>
        <source>Record read &amp;back to the applicant</source>
        <translation>Протокол прочит&amp;ан заявителю вслух</translation>
    </message>
    <message>
        <source>Record read back</source>
        <translation>Протокол прочитан вслух</translation>
    </message>
    <message>
        <source>Applicant si&amp;gned the record</source>
        <translation>Заявитель подписал прот&amp;окол</translation>
    </message>
    <message>
        <source>Applicant signed</source>
        <translation>Заявитель подписал</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Состояние черновика</translation>
    </message>
    <message>
        <source>Save the interview record</source>
        <translation>Сохранить протокол собеседования</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The question templates cannot be read.</source>
        <translation>Не удалось прочитать типовые вопросы.</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Удаление вопроса</translation>
    </message>
    <message>
        <source>Remove this question and its answer from the record?</source>
        <translation>Удалить этот вопрос и ответ на него из протокола?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln вопрос</numerusform>
            <numerusform>%Ln вопроса</numerusform>
            <numerusform>%Ln вопросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored the draft saved at {time}</source>
        <translation>Восстановлен черновик, сохранённый в {time}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Черновик сохранён в {time}</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>Не удалось сохранить черновик: {error}</translation>
    </message>
    <message>
        <source>Draft not discarded</source>
        <translation>Черновик не удалён</translation>
    </message>
    <message>
        <source>set the time the interview ended (“End now”).</source>
        <translation>укажите время окончания собеседования («Завершить сейчас»).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>This interview no longer exists. Your text is kept in the draft.</source>
        <translation>Этого собеседования больше нет. Введённый вами текст сохранён в черновике.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>interview record</source>
        <translation>протокол собеседования</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Назначено на</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
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
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the kept interview record</source>
        <translation>Восстановить несохранённый протокол собеседования</translation>
    </message>
    <message>
        <source>Discar&amp;d</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Discard the kept interview record</source>
        <translation>Удалить несохранённый протокол собеседования</translation>
    </message>
    <message>
        <source>&amp;Interviews:</source>
        <translation>&amp;Собеседования:</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Собеседования</translation>
    </message>
    <message>
        <source>No interview has been scheduled or recorded yet.</source>
        <translation>Собеседования ещё не назначались и не проводились.</translation>
    </message>
    <message>
        <source>S&amp;chedule…</source>
        <translation>&amp;Назначить…</translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Назначить собеседование</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>Вести &amp;протокол…</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Вести протокол собеседования</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Отметить неявку</translation>
    </message>
    <message>
        <source>Record that the applicant did not come</source>
        <translation>Отметить неявку заявителя</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Прос&amp;мотреть</translation>
    </message>
    <message>
        <source>View the interview record</source>
        <translation>Просмотреть протокол собеседования</translation>
    </message>
    <message>
        <source>&amp;Print record…</source>
        <translation>&amp;Распечатать протокол…</translation>
    </message>
    <message>
        <source>Print the interview record</source>
        <translation>Распечатать протокол собеседования</translation>
    </message>
    <message>
        <source>An unsaved interview record from {time} was kept.</source>
        <translation>Остался несохранённый протокол собеседования от {time}.</translation>
    </message>
    <message>
        <source>Record the scheduled interview</source>
        <translation>Вести протокол назначенного собеседования</translation>
    </message>
    <message>
        <source>Record an interview held without an appointment</source>
        <translation>Вести протокол собеседования, проводимого без предварительного назначения</translation>
    </message>
    <message>
        <source>Kept interview record</source>
        <translation>Несохранённый протокол собеседования</translation>
    </message>
    <message>
        <source>An unsaved interview record was kept. Restore it, or start a new record and discard the kept one?</source>
        <translation>Остался несохранённый протокол собеседования. Восстановить его или начать новый протокол, удалив прежний?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Start a new record</source>
        <translation>Начать новый протокол</translation>
    </message>
    <message>
        <source>Applicant did not come</source>
        <translation>Неявка заявителя</translation>
    </message>
    <message>
        <source>Record that the applicant did not come to the interview scheduled for {time}? The case returns to “Petition registered” for a new appointment or closure.</source>
        <translation>Отметить неявку заявителя на собеседование, назначенное на {time}? Дело вернётся в статус «Ходатайство зарегистрировано» для назначения нового собеседования или закрытия.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Discard the kept record</source>
        <translation>Удаление несохранённого протокола</translation>
    </message>
    <message>
        <source>Discard the unsaved interview record? What was typed in it is lost.</source>
        <translation>Удалить несохранённый протокол собеседования? Всё, что в нём было введено, будет потеряно.</translation>
    </message>
    <message>
        <source>Not discarded</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Kazakh</source>
        <extracomment>Autosave a draft this long after the last change … … and at least this often while changes keep coming. Interview languages offered in the lists (any other code can be typed).</extracomment>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Персидский</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Пушту</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Монгольский</translation>
    </message>
</context>
<context>
    <name>LaptopTexts</name>
    <message numerus="yes">
        <source>%Ln case(s) arrived from “{office}”: {numbers}.</source>
        <translation>
            <numerusform>Получено %Ln дело от «{office}»: {numbers}.</numerusform>
            <numerusform>Получено %Ln дела от «{office}»: {numbers}.</numerusform>
            <numerusform>Получено %Ln дел от «{office}»: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You may register %Ln new petition(s) on this laptop.</source>
        <translation>
            <numerusform>На этом ноутбуке можно зарегистрировать %Ln новое ходатайство.</numerusform>
            <numerusform>На этом ноутбуке можно зарегистрировать %Ln новых ходатайства.</numerusform>
            <numerusform>На этом ноутбуке можно зарегистрировать %Ln новых ходатайств.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held</source>
        <translation>
            <numerusform>выдано %Ln дело</numerusform>
            <numerusform>выдано %Ln дела</numerusform>
            <numerusform>выдано %Ln дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held, overdue since {date}</source>
        <translation>
            <numerusform>выдано %Ln дело, срок возврата истёк {date}</numerusform>
            <numerusform>выдано %Ln дела, срок возврата истёк {date}</numerusform>
            <numerusform>выдано %Ln дел, срок возврата истёк {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) held, back by {date}</source>
        <translation>
            <numerusform>выдано %Ln дело, вернуть не позднее {date}</numerusform>
            <numerusform>выдано %Ln дела, вернуть не позднее {date}</numerusform>
            <numerusform>выдано %Ln дел, вернуть не позднее {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{used} of %Ln new petition(s) used</source>
        <translation>
            <numerusform>использовано {used} из %Ln нового ходатайства</numerusform>
            <numerusform>использовано {used} из %Ln новых ходатайств</numerusform>
            <numerusform>использовано {used} из %Ln новых ходатайств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) handed back and removed from this laptop: {numbers}.</source>
        <translation>
            <numerusform>%Ln дело возвращено и удалено с этого ноутбука: {numbers}.</numerusform>
            <numerusform>%Ln дела возвращены и удалены с этого ноутбука: {numbers}.</numerusform>
            <numerusform>%Ln дел возвращено и удалено с этого ноутбука: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new petition(s) got their permanent numbers: {pairs}.</source>
        <translation>
            <numerusform>%Ln новому ходатайству присвоен постоянный номер: {pairs}.</numerusform>
            <numerusform>%Ln новым ходатайствам присвоены постоянные номера: {pairs}.</numerusform>
            <numerusform>%Ln новым ходатайствам присвоены постоянные номера: {pairs}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds {cases}.</source>
        <translation>В файле {cases}.</translation>
    </message>
    <message numerus="yes">
        <source>The file holds {cases} and %Ln new petition(s).</source>
        <translation>
            <numerusform>В файле {cases} и %Ln новое ходатайство.</numerusform>
            <numerusform>В файле {cases} и %Ln новых ходатайства.</numerusform>
            <numerusform>В файле {cases} и %Ln новых ходатайств.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) go back to the office; changed on this laptop: {changed}.</source>
        <translation>
            <numerusform>В офис возвращается %Ln дело; изменено на этом ноутбуке: {changed}.</numerusform>
            <numerusform>В офис возвращаются %Ln дела; изменено на этом ноутбуке: {changed}.</numerusform>
            <numerusform>В офис возвращается %Ln дел; изменено на этом ноутбуке: {changed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new petition(s) get their permanent numbers.</source>
        <translation>
            <numerusform>%Ln новому ходатайству будет присвоен постоянный номер.</numerusform>
            <numerusform>%Ln новым ходатайствам будут присвоены постоянные номера.</numerusform>
            <numerusform>%Ln новым ходатайствам будут присвоены постоянные номера.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) were changed both on this laptop and at the office: choose which to keep before checking in.</source>
        <translation>
            <numerusform>%Ln значение изменено и на этом ноутбуке, и в офисе: перед возвратом дел выберите, какое оставить.</numerusform>
            <numerusform>%Ln значения изменены и на этом ноутбуке, и в офисе: перед возвратом дел выберите, какие оставить.</numerusform>
            <numerusform>%Ln значений изменено и на этом ноутбуке, и в офисе: перед возвратом дел выберите, какие оставить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln value(s) decided.</source>
        <translation>
            <numerusform>Выбор сделан по всем значениям (%Ln).</numerusform>
            <numerusform>Выбор сделан по всем значениям (%Ln).</numerusform>
            <numerusform>Выбор сделан по всем значениям (%Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your cases on the server (%Ln):</source>
        <translation>
            <numerusform>Ваши дела на сервере (%Ln):</numerusform>
            <numerusform>Ваши дела на сервере (%Ln):</numerusform>
            <numerusform>Ваши дела на сервере (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Law “On Refugees”, article 12: recognition as a refugee</source>
        <extracomment>The longest period a deadline setting may have. The articles offered by default; an admin edits the list. The titles are English sources: the interface shows them in its language (&quot;LegalBasis&quot;), the letters in the document&apos;s (``legal_basis_titles`` in resources/documents/texts); a title an admin typed is shown as typed.</extracomment>
        <translation>Закон «О беженцах», статья 12: присвоение статуса беженца</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 13: grounds for refusal</source>
        <translation>Закон «О беженцах», статья 13: основания для отказа в присвоении статуса беженца</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 13: no well-founded fear of persecution</source>
        <translation>Закон «О беженцах», статья 13: отсутствие вполне обоснованных опасений стать жертвой преследования</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 12: extension of refugee status</source>
        <translation>Закон «О беженцах», статья 12: продление срока действия статуса беженца</translation>
    </message>
    <message>
        <source>Law “On Refugees”, article 14: termination of the examination</source>
        <translation>Закон «О беженцах», статья 14: прекращение рассмотрения ходатайства</translation>
    </message>
</context>
<context>
    <name>LegalHistorySection</name>
    <message>
        <source>Irregular</source>
        <translation>Вне пункта пропуска</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Через пункт пропуска</translation>
    </message>
    <message>
        <source>Crossed on</source>
        <translation>Дата пересечения</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Пересечение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из страны</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Содержание под стражей до суда</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Deportation barred</source>
        <translation>Выдворение запрещено</translation>
    </message>
    <message>
        <source>Entry and crossing</source>
        <translation>Въезд и пересечение границы</translation>
    </message>
    <message>
        <source>the crossing at {place}</source>
        <translation>пересечение границы ({place})</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <source>the proceeding at {court}</source>
        <translation>уголовное дело ({court})</translation>
    </message>
    <message>
        <source>Court rulings on deportation</source>
        <translation>Решения судов о выдворении</translation>
    </message>
    <message>
        <source>the ruling of {court}</source>
        <translation>решение суда ({court})</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>At most {limit} characters fit here; the rest was left out. Check the end of the text.</source>
        <extracomment>The services&apos; own limits (``cases._names``, ``cases._validate_petition``).</extracomment>
        <translation>Здесь помещается не более {limit} симв.; остальное не вошло. Проверьте конец текста.</translation>
    </message>
    <message>
        <source>Not pasted: the text is {size} characters long, and only {room} more fit here (at most {limit} in all). Paste a shorter part.</source>
        <translation>Не вставлено: длина текста — {size} симв., а сюда поместится ещё только {room} симв. (всего не более {limit} симв.). Вставьте фрагмент короче.</translation>
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
        <translation>Pana — заблокирована</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pana is locked&lt;/h2&gt;Enter the password of {user} to continue.</source>
        <translation>&lt;h2&gt;Pana заблокирована&lt;/h2&gt;Чтобы продолжить, введите пароль пользователя {user}.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Pana — log in</source>
        <extracomment>QSettings keys: &quot;folder&quot; or &quot;server&quot;, and the server&apos;s address without a password. How a server address shows a password it holds (SQLAlchemy&apos;s ``hide_password``). The data folder; started with a server, the default one, found when needed. The address as given, with any password it holds (in memory only); the field shows it with the password hidden.</extracomment>
        <translation>Pana — вход</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Pana&lt;/h2&gt;Refugee status determination</source>
        <translation>&lt;h2&gt;Pana&lt;/h2&gt;Рассмотрение ходатайств о присвоении статуса беженца</translation>
    </message>
    <message>
        <source>Work on:</source>
        <translation>Где работать:</translation>
    </message>
    <message>
        <source>this computer&apos;s &amp;data folder</source>
        <translation>в папке &amp;данных этого компьютера</translation>
    </message>
    <message>
        <source>Work on this computer&apos;s data folder</source>
        <translation>Работать в папке данных этого компьютера</translation>
    </message>
    <message>
        <source>a commission &amp;server, at this address:</source>
        <translation>на &amp;сервере комиссии по адресу:</translation>
    </message>
    <message>
        <source>Work on a commission server</source>
        <translation>Работать на сервере комиссии</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>The commission server&apos;s address, as whoever set it up gave it, e.g. postgresql://pana@server.example/pana?sslmode=verify-full. Do not write the database password in it: PostgreSQL reads it from its password file, ~/.pgpass (on Windows %APPDATA%\postgresql\pgpass.conf). Pana remembers the address without a password.</source>
        <translation>Адрес сервера комиссии в том виде, в каком его сообщил тот, кто настраивал сервер, например postgresql://pana@server.example/pana?sslmode=verify-full. Не указывайте в нём пароль базы данных: PostgreSQL берёт его из своего файла паролей ~/.pgpass (в Windows — %APPDATA%\postgresql\pgpass.conf). Pana запоминает адрес без пароля.</translation>
    </message>
    <message>
        <source>This server address holds a password. Pana uses it for this login but does not remember it; keep it in PostgreSQL&apos;s password file (~/.pgpass) instead.</source>
        <translation>Этот адрес сервера содержит пароль. Pana использует его для этого входа, но не запоминает; храните пароль в файле паролей PostgreSQL (~/.pgpass).</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Commission server: {server}</source>
        <extracomment>True once the user picks a language here: it then wins over the one their account remembers.</extracomment>
        <translation>Сервер комиссии: {server}</translation>
    </message>
    <message>
        <source>This is a &lt;b&gt;demo database&lt;/b&gt; with fictional people. Accounts: admin, officer, supervisor, clerk (and officer2, supervisor2); the password of each is &lt;b&gt;demo&lt;/b&gt;.</source>
        <translation>Это &lt;b&gt;демонстрационная база данных&lt;/b&gt; с вымышленными людьми. Учётные записи: admin, officer, supervisor, clerk (а также officer2, supervisor2); пароль каждой — &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Enter the commission server&apos;s address, as whoever set it up gave it: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>Введите адрес сервера комиссии в том виде, в каком его сообщил тот, кто настраивал сервер: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Read-only data folder</source>
        <translation>Папка данных доступна только для чтения</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written to (a read-only drive or share, or its permissions). You can search and read the records, but nothing can be saved, and parts of a case file whose viewing must be recorded in the audit log cannot be opened.

To work normally, close Pana, make the folder writable (or copy the whole folder to a writable disk) and log in again.</source>
        <translation>Запись в папку данных {folder} невозможна (диск или сетевая папка доступны только для чтения либо не хватает прав). Вы можете искать и просматривать записи, но сохранить ничего нельзя, а части дела, просмотр которых должен фиксироваться в журнале аудита, не открываются.

Чтобы работать в обычном режиме, закройте Pana, разрешите запись в папку (или скопируйте всю папку на диск, доступный для записи) и войдите снова.</translation>
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
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <source>&amp;Approvals</source>
        <translation>&amp;Утверждение</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Сроки</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Пользователи</translation>
    </message>
    <message>
        <source>Audi&amp;t trail</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Ре&amp;зервные копии</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>С&amp;татистика</translation>
    </message>
    <message>
        <source>&amp;Laptops</source>
        <translation>&amp;Ноутбуки</translation>
    </message>
    <message>
        <source>&amp;Registry of cases</source>
        <translation>&amp;Реестр дел</translation>
    </message>
    <message>
        <source>Automatic backup written: {path}</source>
        <translation>Автоматическая резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>&amp;Print desk</source>
        <translation>Печать &amp;документов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New petition…</source>
        <translation>&amp;Новое ходатайство…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Най&amp;ти…</translation>
    </message>
    <message>
        <source>&amp;Import a register…</source>
        <translation>&amp;Импортировать реестр…</translation>
    </message>
    <message>
        <source>Check cases &amp;out to a laptop…</source>
        <translation>Вы&amp;дать дела на ноутбук…</translation>
    </message>
    <message>
        <source>Check cases i&amp;n from a laptop…</source>
        <translation>Ве&amp;рнуть дела с ноутбука…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Настрой&amp;ки…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Offline</source>
        <translation>Автоно&amp;мно</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;About Pana</source>
        <translation>&amp;О программе Pana</translation>
    </message>
    <message>
        <source>Logged in: {user} ({role})</source>
        <translation>Вход выполнен: {user} ({role})</translation>
    </message>
    <message>
        <source>Commission server: {server}</source>
        <translation>Сервер комиссии: {server}</translation>
    </message>
    <message>
        <source>DEMO DATABASE — fictional people</source>
        <translation>ДЕМОНСТРАЦИОННАЯ БАЗА ДАННЫХ — вымышленные лица</translation>
    </message>
    <message>
        <source>Lock Pana</source>
        <translation>Заблокировать Pana</translation>
    </message>
    <message>
        <source>Lock the screen (Ctrl+L)</source>
        <translation>Заблокировать экран (Ctrl+L)</translation>
    </message>
    <message>
        <source>About Pana</source>
        <translation>О программе Pana</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pana&lt;/b&gt; {version}&lt;br&gt;Case management for refugee status determination: offline, encrypted, in Kazakh, Russian and English.</source>
        <translation>&lt;b&gt;Pana&lt;/b&gt; {version}&lt;br&gt;Ведение дел о присвоении статуса беженца: без подключения к сети, с шифрованием данных, на казахском, русском и английском языках.</translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <source>the file is damaged (its {type} header cannot be read). Use the original file or a new scan.</source>
        <extracomment>Decoded at 4 bytes a pixel this is 200 MB, under Qt&apos;s 256 MB image limit. A preview is never shown larger than this on its longer side; bigger images are scaled down while they are decoded (JPEG decodes straight to the smaller size). What one compressed PDF stream may expand to: drawing commands, and images. And the whole file (this also bounds the time the check itself takes). A page larger than this (points; the PDF standard&apos;s own limit) or longer than it is wide by more than this ratio would render to an enormous image at any useful zoom.</extracomment>
        <translation>файл повреждён (не удаётся прочитать его заголовок {type}). Используйте исходный файл или новую скан-копию.</translation>
    </message>
    <message>
        <source>it is an image of {width} × {height} pixels, more than the {limit} megapixels Pana opens. Save it at a lower resolution.</source>
        <translation>размер изображения — {width} × {height} пикселей, это больше предела в {limit} мегапикселей, который открывает Pana. Сохраните его с меньшим разрешением.</translation>
    </message>
    <message>
        <source>part of this PDF expands to more than {size} when opened, which is more than Pana opens; the file may be damaged or made to overload the computer.</source>
        <translation>часть этого PDF-файла при открытии занимает более {size}, а это больше, чем открывает Pana; файл может быть повреждён или специально создан для перегрузки компьютера.</translation>
    </message>
    <message>
        <source>page {page} of the PDF has an impossible size ({width} × {height} points).</source>
        <translation>страница {page} PDF-файла имеет недопустимый размер ({width} × {height} пунктов).</translation>
    </message>
    <message>
        <source>the file is not a PNG, JPEG or TIFF image.</source>
        <translation>файл не является изображением PNG, JPEG или TIFF.</translation>
    </message>
</context>
<context>
    <name>NamesEditor</name>
    <message>
        <source>Written forms of the name</source>
        <extracomment>Widest a column gets when fitted to its contents; the tooltip shows the rest.</extracomment>
        <translation>Варианты написания имени</translation>
    </message>
    <message>
        <source>Scr&amp;ipt</source>
        <translation>&amp;Графика</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>Pa&amp;tronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>Us&amp;e</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Add a &amp;written form</source>
        <translation>&amp;Добавить вариант написания</translation>
    </message>
    <message>
        <source>Add a written form of the name</source>
        <translation>Добавить вариант написания имени</translation>
    </message>
    <message>
        <source>Suggest &amp;Latin</source>
        <translation>Предложить &amp;латиницу</translation>
    </message>
    <message>
        <source>Suggest the Latin form from the Cyrillic one</source>
        <translation>Предложить написание латиницей на основе кириллического</translation>
    </message>
    <message>
        <source>Writes the Cyrillic name in the Kazakh Latin alphabet into empty Latin fields. Check it against the passport.</source>
        <translation>Записывает имя, указанное кириллицей, казахским латинским алфавитом в пустые поля латиницы. Сверьте с паспортом.</translation>
    </message>
    <message>
        <source>Remove this written form</source>
        <translation>Удалить этот вариант написания</translation>
    </message>
    <message>
        <source>Script of written form {n}</source>
        <translation>Графика варианта написания № {n}</translation>
    </message>
    <message>
        <source>Surname, written form {n}</source>
        <translation>Фамилия, вариант написания № {n}</translation>
    </message>
    <message>
        <source>Given names, written form {n}</source>
        <translation>Имя, вариант написания № {n}</translation>
    </message>
    <message>
        <source>Patronymic, written form {n}</source>
        <translation>Отчество, вариант написания № {n}</translation>
    </message>
    <message>
        <source>Use of written form {n}</source>
        <translation>Вид варианта написания № {n}</translation>
    </message>
    <message>
        <source>Remove written form {n}</source>
        <translation>Удалить вариант написания № {n}</translation>
    </message>
    <message>
        <source>Written form {n}: {message}</source>
        <translation>Вариант написания № {n}: {message}</translation>
    </message>
</context>
<context>
    <name>NewPetitionDialog</name>
    <message>
        <source>(a relative in that case)</source>
        <translation>(указан как член семьи в том деле)</translation>
    </message>
    <message>
        <source>New petition</source>
        <translation>Новое ходатайство</translation>
    </message>
    <message>
        <source>Names, as written in each script</source>
        <translation>Написание имен в каждом алфавите</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Ходатайство</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Дата прибытия</translation>
    </message>
    <message>
        <source>&amp;Arrived in Kazakhstan:</source>
        <translation>Дата &amp;прибытия в Казахстан:</translation>
    </message>
    <message>
        <source>Registered o&amp;n:</source>
        <translation>Дата р&amp;егистрации:</translation>
    </message>
    <message>
        <source>Petition &amp;written in:</source>
        <translation>&amp;Язык ходатайства:</translation>
    </message>
    <message>
        <source>Letters to the applicant in:</source>
        <translation>Язык писем заявителю:</translation>
    </message>
    <message>
        <source>Identity document shown (optional)</source>
        <translation>Предъявленный документ, удостоверяющий личность (необязательно)</translation>
    </message>
    <message>
        <source>e.g. E12345678</source>
        <translation>например, E12345678</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>например, CHN</translation>
    </message>
    <message>
        <source>Document t&amp;ype:</source>
        <translation>&amp;Вид документа:</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <source>Issuing countr&amp;y:</source>
        <translation>&amp;Страна выдачи:</translation>
    </message>
    <message>
        <source>Type of the identity document</source>
        <translation>Вид документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Number of the identity document</source>
        <translation>Номер документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Country that issued the identity document</source>
        <translation>Страна, выдавшая документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Checking whether this person is registered already…</source>
        <translation>Проверка, не зарегистрирован ли этот человек ранее…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Register the petition</source>
        <translation>Зарегистрировать ходатайство</translation>
    </message>
    <message>
        <source>Cancel the new petition</source>
        <translation>Отменить регистрацию нового ходатайства</translation>
    </message>
    <message>
        <source>&lt;b&gt;This person may be registered already.&lt;/b&gt; Compare the cases below with the person in front of you before registering a new petition.</source>
        <translation>&lt;b&gt;Возможно, этот человек уже зарегистрирован.&lt;/b&gt; Прежде чем регистрировать новое ходатайство, сравните дела ниже с человеком, который находится перед вами.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Cases that may be this person</source>
        <translation>Дела, которые могут относиться к этому человеку</translation>
    </message>
    <message>
        <source>&amp;Open that case</source>
        <translation>&amp;Открыть это дело</translation>
    </message>
    <message>
        <source>Open the selected case instead</source>
        <translation>Открыть выбранное дело вместо регистрации</translation>
    </message>
    <message>
        <source>It is a different person — re&amp;gister</source>
        <translation>Это другой человек — зарегис&amp;трировать</translation>
    </message>
    <message>
        <source>It is a different person: register the petition</source>
        <translation>Это другой человек: зарегистрировать ходатайство</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>Вернуться к &amp;форме</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Ходатайство не зарегистрировано</translation>
    </message>
    <message>
        <source>new petition</source>
        <translation>новое ходатайство</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Decision of {date}: {outcome} ({basis}).</source>
        <translation>Решение от {date}: {outcome} ({basis}).</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Отметка о вручении решения</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Дата вручения</translation>
    </message>
    <message>
        <source>Way served</source>
        <translation>Способ вручения</translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation>&amp;Дата вручения:</translation>
    </message>
    <message>
        <source>&amp;Way served:</source>
        <translation>&amp;Способ вручения:</translation>
    </message>
    <message>
        <source>Record that the decision was served on {date} ({how})? The case becomes “{status}”.</source>
        <translation>Отметить, что решение вручено {date} ({how})? Дело перейдёт в статус «{status}».</translation>
    </message>
    <message>
        <source>The period for an appeal runs from this date.</source>
        <translation>Срок обжалования исчисляется с этой даты.</translation>
    </message>
    <message>
        <source>Notification recorded. The applicant may appeal until {date}.</source>
        <translation>Вручение отмечено. Заявитель может обжаловать решение не позднее {date}.</translation>
    </message>
    <message>
        <source>Notification recorded. Refugee status is valid until {date}.</source>
        <translation>Вручение отмечено. Статус беженца действителен по {date}.</translation>
    </message>
    <message>
        <source>Notification recorded.</source>
        <translation>Вручение отмечено.</translation>
    </message>
</context>
<context>
    <name>Offline</name>
    <message>
        <source>Family member {n}</source>
        <extracomment>Lists of records in a case document: the prefix of their fields in ``messages.FIELD_LABELS`` and what one record is called ({n}: its place, from 1).</extracomment>
        <translation>Член семьи № {n}</translation>
    </message>
    <message>
        <source>Identity document {n}</source>
        <translation>Документ, удостоверяющий личность, № {n}</translation>
    </message>
    <message>
        <source>Entry record {n}</source>
        <translation>Пересечение границы № {n}</translation>
    </message>
    <message>
        <source>Criminal proceeding {n}</source>
        <translation>Уголовное дело № {n}</translation>
    </message>
    <message>
        <source>Court ruling {n}</source>
        <translation>Решение суда № {n}</translation>
    </message>
    <message>
        <source>Representative {n}</source>
        <translation>Представитель № {n}</translation>
    </message>
    <message>
        <source>Interview {n}</source>
        <translation>Собеседование № {n}</translation>
    </message>
    <message>
        <source>Question and answer {n}</source>
        <translation>Вопрос и ответ № {n}</translation>
    </message>
    <message>
        <source>Incident {n}</source>
        <translation>Случай преследования № {n}</translation>
    </message>
    <message>
        <source>Evidence {n}</source>
        <translation>Доказательство № {n}</translation>
    </message>
    <message>
        <source>Assessment {n}</source>
        <translation>Заключение № {n}</translation>
    </message>
    <message>
        <source>Ground {n}</source>
        <translation>Основание № {n}</translation>
    </message>
    <message>
        <source>Approval step {n}</source>
        <translation>Этап утверждения № {n}</translation>
    </message>
    <message>
        <source>Decision {n}</source>
        <translation>Решение № {n}</translation>
    </message>
    <message>
        <source>Notification {n}</source>
        <translation>Отметка о вручении № {n}</translation>
    </message>
    <message>
        <source>Certificate {n}</source>
        <translation>Свидетельство или удостоверение № {n}</translation>
    </message>
    <message>
        <source>Extension application {n}</source>
        <translation>Заявление о продлении № {n}</translation>
    </message>
    <message>
        <source>End of status {n}</source>
        <translation>Прекращение действия статуса № {n}</translation>
    </message>
    <message>
        <source>Appeal {n}</source>
        <translation>Жалоба № {n}</translation>
    </message>
    <message>
        <source>Closure {n}</source>
        <translation>Закрытие № {n}</translation>
    </message>
    <message>
        <source>Case status</source>
        <extracomment>Fields of a case document that ``FIELD_LABELS`` has no label for (it names the fields of forms; these are kept by Pana itself).</extracomment>
        <translation>Статус дела</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Decision due on</source>
        <translation>Срок принятия решения</translation>
    </message>
    <message>
        <source>Reason for extending the deadline</source>
        <translation>Причина продления срока</translation>
    </message>
    <message>
        <source>Status valid from</source>
        <translation>Статус действителен с</translation>
    </message>
    <message>
        <source>Status valid until</source>
        <translation>Статус действителен до</translation>
    </message>
    <message>
        <source>Time to appeal ends</source>
        <translation>Срок обжалования</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Доводы заявителя</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Дата получения согласия</translation>
    </message>
    <message>
        <source>Included in the petition</source>
        <translation>Включён(а) в ходатайство</translation>
    </message>
    <message>
        <source>Original seen</source>
        <translation>Оригинал предъявлен</translation>
    </message>
    <message>
        <source>Name {n}</source>
        <extracomment>Stored values shown through the vocabulary (the last key of the path). Keys that are bookkeeping, not content: left out when a whole record is shown. A value is shown up to this long; the rest is cut with &quot;…&quot; (a narrative pasted whole).</extracomment>
        <translation>Написание {n}</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Дело целиком</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Pana exchange files (*.pana);;All files (*)</source>
        <extracomment>QSettings: the folder files were last written to or read from, and the server address. Files this big are not read at all (``sealed`` refuses them anyway). At most this many of the officer&apos;s cases are listed to choose from.</extracomment>
        <translation>Файлы обмена Pana (*.pana);;Все файлы (*)</translation>
    </message>
    <message>
        <source>no cases held</source>
        <translation>дел нет</translation>
    </message>
    <message>
        <source>Laptop of “{office}”: {details}</source>
        <translation>Ноутбук офиса «{office}»: {details}</translation>
    </message>
    <message>
        <source>“{file}” is larger than any file the office or a laptop writes; choose the file Pana wrote.</source>
        <translation>Файл «{file}» больше любого файла, который записывает офис или ноутбук; выберите файл, записанный Pana.</translation>
    </message>
    <message>
        <source>“{file}” could not be read: {reason}</source>
        <translation>Не удалось прочитать файл «{file}»: {reason}</translation>
    </message>
    <message>
        <source>Offline work</source>
        <translation>Автономная работа</translation>
    </message>
    <message>
        <source>Pana is working on the commission server here. Cases are taken offline on a laptop that works on its own data folder.</source>
        <translation>Здесь Pana работает на сервере комиссии. Для автономной работы дела выдаются на ноутбук, который работает со своей папкой данных.</translation>
    </message>
    <message>
        <source>No cases came with this package from “{office}”.</source>
        <translation>В этом пакете из офиса «{office}» нет ни одного дела.</translation>
    </message>
    <message>
        <source>Bring them back by {date}: check them in to the server, or write the check-in file (Offline → Write the check-in file…) and take it to the office.</source>
        <translation>Дела нужно вернуть не позднее {date}: верните их на сервер или запишите файл возврата («Автономно» → «Записать файл возврата…») и передайте его в офис.</translation>
    </message>
    <message>
        <source>The receipt handed nothing back: this laptop still holds its cases.</source>
        <translation>По квитанции о приёме ничего не возвращено: дела по-прежнему находятся на этом ноутбуке.</translation>
    </message>
    <message>
        <source>No data of these cases is left on this laptop.</source>
        <translation>Данных этих дел на этом ноутбуке не осталось.</translation>
    </message>
    <message>
        <source>Ask the office for cases</source>
        <translation>Запрос дел из офиса</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>Файлы запроса (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The request was written to “{file}”. Take it to the office (it holds no case data and no secret).

When the office reads it, they see this laptop&apos;s fingerprint. Read it to them, and check that it is the same:

{fingerprint}</source>
        <translation>Файл запроса записан: «{file}». Передайте его в офис (в нём нет ни данных дел, ни чего-либо секретного).

Когда в офисе откроют этот файл, там увидят контрольный код этого ноутбука. Продиктуйте код сотрудникам офиса и убедитесь, что коды совпадают:

{fingerprint}</translation>
    </message>
    <message>
        <source>Take the cases in</source>
        <translation>Приём дел</translation>
    </message>
    <message>
        <source>Choose the check-out package from the office</source>
        <translation>Выберите пакет выдачи из офиса</translation>
    </message>
    <message>
        <source>Taking the cases in…</source>
        <translation>Приём дел…</translation>
    </message>
    <message>
        <source>Write the check-in file</source>
        <translation>Запись файла возврата</translation>
    </message>
    <message>
        <source>The check-in file was written to “{file}”.</source>
        <translation>Файл возврата записан: «{file}».</translation>
    </message>
    <message>
        <source>Take it to the office. The cases stay on this laptop until you take the office&apos;s receipt (Offline → Take the receipt…); only then are they removed from here.</source>
        <translation>Передайте его в офис. Дела остаются на этом ноутбуке, пока вы не загрузите квитанцию о приёме из офиса («Автономно» → «Загрузить квитанцию о приёме…»); только после этого они будут удалены отсюда.</translation>
    </message>
    <message>
        <source>Writing the check-in file…</source>
        <translation>Запись файла возврата…</translation>
    </message>
    <message>
        <source>Take the receipt</source>
        <translation>Загрузка квитанции о приёме</translation>
    </message>
    <message>
        <source>Choose the receipt from the office</source>
        <translation>Выберите квитанцию о приёме из офиса</translation>
    </message>
    <message>
        <source>Taking the receipt…</source>
        <translation>Загрузка квитанции о приёме…</translation>
    </message>
    <message>
        <source>This laptop works with the office “{office}”, not with this server: it takes cases from that office only. Nothing was checked out.</source>
        <translation>Этот ноутбук работает с офисом «{office}», а не с этим сервером: он получает дела только из этого офиса. Ни одно дело не выдано.</translation>
    </message>
    <message>
        <source>The server checked the cases out, but this laptop could not take them in: {problem}

Save the package and take it in with Offline → Take cases in…, or ask a supervisor to release the cases at the office.</source>
        <translation>Сервер выдал дела, но этот ноутбук не смог их принять: {problem}

Сохраните пакет и примите его через «Автономно» → «Принять дела…» или попросите руководителя в офисе отозвать дела.</translation>
    </message>
    <message>
        <source>The server took the cases in, but this laptop could not take its receipt: {problem}

Save the receipt and take it with Offline → Take the receipt…; until then the cases stay on this laptop.</source>
        <translation>Сервер принял дела, но этот ноутбук не смог загрузить квитанцию о приёме: {problem}

Сохраните квитанцию и загрузите её через «Автономно» → «Загрузить квитанцию о приёме…»; до этого дела остаются на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Check cases in to the server</source>
        <translation>Возврат дел на сервер</translation>
    </message>
    <message>
        <source>This laptop holds no checked-out cases: there is nothing to check in.</source>
        <translation>На этом ноутбуке нет выданных дел: возвращать нечего.</translation>
    </message>
    <message>
        <source>&amp;Ask for cases…</source>
        <extracomment>(object name, label, function); None is a separator.</extracomment>
        <translation>&amp;Запросить дела…</translation>
    </message>
    <message>
        <source>&amp;Take cases in…</source>
        <translation>&amp;Принять дела…</translation>
    </message>
    <message>
        <source>&amp;Write the check-in file…</source>
        <translation>Записать &amp;файл возврата…</translation>
    </message>
    <message>
        <source>Take the &amp;receipt…</source>
        <translation>Загрузить &amp;квитанцию о приёме…</translation>
    </message>
    <message>
        <source>Check &amp;out from the server…</source>
        <translation>&amp;Выдать дела с сервера…</translation>
    </message>
    <message>
        <source>Check &amp;in to the server…</source>
        <translation>Вернуть дела на &amp;сервер…</translation>
    </message>
    <message>
        <source>Pana exchange files (*.pana)</source>
        <extracomment>A laptop&apos;s request file is a few hundred bytes of JSON; anything much larger is not one. The return date offered: two weeks from today.</extracomment>
        <translation>Файлы обмена Pana (*.pana)</translation>
    </message>
    <message>
        <source>Nothing was changed: try again once this is solved.</source>
        <translation>Ничего не изменено: повторите попытку, когда проблема будет устранена.</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выдано на ноутбук</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>На этом ноутбуке</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Checked out to the laptop “{device}” of {user} until {until}: read only here until it is checked in or released.</source>
        <translation>Дело выдано на ноутбук «{device}» пользователя {user}, срок возврата — {until}. Здесь оно доступно только для чтения, пока не будет возвращено или отозвано.</translation>
    </message>
    <message>
        <source>Checked out to the laptop “{device}” of {user}; it was due back on {until}: read only here until it is checked in or released.</source>
        <translation>Дело выдано на ноутбук «{device}» пользователя {user}; срок возврата истёк — {until}. Здесь оно доступно только для чтения, пока не будет возвращено или отозвано.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Enable “{user}”</source>
        <translation>Включение учётной записи «{user}»</translation>
    </message>
    <message>
        <source>New password for “{user}”</source>
        <translation>Новый пароль для «{user}»</translation>
    </message>
    <message>
        <source>The account can log in again with the password you set here. Tell it to the user in person.</source>
        <translation>С паролем, заданным здесь, в учётную запись снова можно будет войти. Сообщите его пользователю лично.</translation>
    </message>
    <message>
        <source>The old password stops working at once. Tell the new one to the user in person.</source>
        <translation>Старый пароль сразу перестанет действовать. Сообщите новый пароль пользователю лично.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln characters.</source>
        <translation>
            <numerusform>Не менее %Ln символа.</numerusform>
            <numerusform>Не менее %Ln символов.</numerusform>
            <numerusform>Не менее %Ln символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Повтор нового пароля</translation>
    </message>
    <message>
        <source>the two passwords differ.</source>
        <translation>пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Текущая страница</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Предварительный просмотр документа</translation>
    </message>
    <message>
        <source>Nothing to preview.</source>
        <translation>Нечего показать.</translation>
    </message>
    <message>
        <source>The preview could not be shown: the document is not a readable PDF.</source>
        <translation>Не удалось показать документ: это не читаемый PDF-файл.</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>registering a petition</source>
        <extracomment>What each action is called in a refusal (&quot;Your role (clerk) does not allow this action (drafting an assessment).&quot;).</extracomment>
        <translation>регистрация ходатайства</translation>
    </message>
    <message>
        <source>changing the case file</source>
        <translation>внесение изменений в дело</translation>
    </message>
    <message>
        <source>assigning an officer</source>
        <translation>назначение специалиста по делу</translation>
    </message>
    <message>
        <source>changing the claim</source>
        <translation>изменение доводов заявителя</translation>
    </message>
    <message>
        <source>recording an interview</source>
        <translation>внесение протокола собеседования</translation>
    </message>
    <message>
        <source>attaching evidence</source>
        <translation>прикрепление доказательств</translation>
    </message>
    <message>
        <source>seeing the list of cases</source>
        <translation>просмотр списка дел</translation>
    </message>
    <message>
        <source>seeing the applicant&apos;s identity</source>
        <translation>просмотр сведений о личности заявителя</translation>
    </message>
    <message>
        <source>seeing the claim, interviews and evidence</source>
        <translation>просмотр доводов, собеседований и доказательств</translation>
    </message>
    <message>
        <source>drafting an assessment</source>
        <translation>подготовка проекта заключения</translation>
    </message>
    <message>
        <source>issuing a refugee certificate</source>
        <translation>выдача удостоверения беженца</translation>
    </message>
    <message>
        <source>renewing an asylum-seeker certificate</source>
        <translation>продление свидетельства лица, ищущего убежище</translation>
    </message>
    <message>
        <source>printing documents</source>
        <translation>печать документов</translation>
    </message>
    <message>
        <source>voiding or replacing a printed document</source>
        <translation>аннулирование или замена напечатанного документа</translation>
    </message>
    <message>
        <source>checking a certificate</source>
        <translation>проверка документа</translation>
    </message>
    <message>
        <source>managing users</source>
        <translation>управление пользователями</translation>
    </message>
    <message>
        <source>changing the settings</source>
        <translation>изменение настроек</translation>
    </message>
    <message>
        <source>managing representatives and interpreters</source>
        <translation>ведение списка представителей и переводчиков</translation>
    </message>
    <message>
        <source>importing cases</source>
        <translation>импорт дел</translation>
    </message>
    <message>
        <source>exporting cases</source>
        <translation>экспорт дел</translation>
    </message>
    <message>
        <source>making and restoring backups</source>
        <translation>создание резервных копий и восстановление из них</translation>
    </message>
    <message>
        <source>seeing the audit log</source>
        <translation>просмотр журнала аудита</translation>
    </message>
    <message>
        <source>seeing the statistics</source>
        <translation>просмотр статистики</translation>
    </message>
    <message>
        <source>checking cases out to a laptop and in again</source>
        <translation>выдача дел на ноутбук и их возврат</translation>
    </message>
    <message>
        <source>releasing a checked-out case</source>
        <translation>отзыв дела, выданного на ноутбук</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>e.g. 1990-05-17</source>
        <extracomment>As ``cases.set_photo`` stores it. A photo larger than a good camera&apos;s is refused before it is decoded.</extracomment>
        <translation>напр., 1990-05-17</translation>
    </message>
    <message>
        <source>e.g. CHN</source>
        <translation>напр., CHN</translation>
    </message>
    <message>
        <source>State&amp;less (no citizenship)</source>
        <translation>Лицо &amp;без гражданства</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Лицо без гражданства</translation>
    </message>
    <message>
        <source>e.g. kk, zh</source>
        <translation>напр., kk, zh</translation>
    </message>
    <message>
        <source>e.g. +7 701 123 4567</source>
        <translation>напр., +7 701 123 4567</translation>
    </message>
    <message>
        <source>Consent to data processing gi&amp;ven</source>
        <translation>&amp;Согласие на обработку данных получено</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Да&amp;та рождения:</translation>
    </message>
    <message>
        <source>1990, 1990-05 or 1990-05-17; add ~ for an estimate (1990~).</source>
        <translation>1990, 1990-05 или 1990-05-17; для приблизительной даты добавьте ~ (1990~).</translation>
    </message>
    <message>
        <source>Place of bi&amp;rth:</source>
        <translation>&amp;Место рождения:</translation>
    </message>
    <message>
        <source>&amp;Citizenships:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Three-letter country codes, separated by commas.</source>
        <translation>Трёхбуквенные коды стран через запятую.</translation>
    </message>
    <message>
        <source>Et&amp;hnicity:</source>
        <translation>&amp;Национальность:</translation>
    </message>
    <message>
        <source>Religi&amp;on:</source>
        <translation>&amp;Вероисповедание:</translation>
    </message>
    <message>
        <source>La&amp;nguages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <source>Two- or three-letter codes: kk, ru, zh, ug …</source>
        <translation>Двух- или трёхбуквенные коды: kk, ru, zh, ug …</translation>
    </message>
    <message>
        <source>Contact and consent</source>
        <translation>Контакты и согласие</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>Open windows change at once; nothing you have typed is lost. Pana opens in this language the next time you log in, on any computer.</source>
        <translation>Открытые окна сразу переключатся на выбранный язык; введённые данные не потеряются. При следующем входе в систему Pana откроется на этом языке на любом компьютере.</translation>
    </message>
    <message>
        <source>The data folder is read-only.</source>
        <translation>Папка данных доступна только для чтения.</translation>
    </message>
    <message>
        <source>Language changed for now</source>
        <translation>Язык изменён только на этот сеанс</translation>
    </message>
    <message>
        <source>The interface language changed, but it could not be remembered for your account: {problem}</source>
        <translation>Язык интерфейса изменён, но сохранить выбор для вашей учётной записи не удалось: {problem}</translation>
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
        <translation>{document}, дело № {case}</translation>
    </message>
    <message>
        <source>{label}

A reason is required.</source>
        <translation>{label}

Необходимо указать причину.</translation>
    </message>
    <message>
        <source>VALID</source>
        <extracomment>(text colour, background) of each answer.</extracomment>
        <translation>ДЕЙСТВИТЕЛЬНО</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>СРОК ДЕЙСТВИЯ ИСТЁК</translation>
    </message>
    <message>
        <source>REPLACED</source>
        <translation>ЗАМЕНЕНО</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>АННУЛИРОВАНО</translation>
    </message>
    <message>
        <source>NOT GENUINE</source>
        <translation>НЕ ПОДЛИННОЕ</translation>
    </message>
</context>
<context>
    <name>PrintDeskPage</name>
    <message>
        <source>Print desk</source>
        <translation>Печать документов</translation>
    </message>
    <message>
        <source>&amp;To print</source>
        <translation>&amp;К печати</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Жур&amp;нал регистрации</translation>
    </message>
    <message>
        <source>&amp;Expiring certificates</source>
        <translation>&amp;Истекающие документы</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate</source>
        <translation>Про&amp;верка документа</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Ready since</source>
        <translation>Готов с</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document could not be read (it is not a valid PDF).</source>
        <extracomment>The languages documents print in, in the order offered, by name (as the case file names them). Pages are rasterised at the printer&apos;s resolution, but no finer: an A4 page at 300 dpi is already 35 MB in memory, and text prints sharp at that.</extracomment>
        <translation>Не удалось прочитать документ (это не корректный файл PDF).</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
        <extracomment>Pana&apos;s documents are A4 (3508 pixels high at 300 dpi); a page of any other size is rendered no larger than this on its longer side.</extracomment>
        <translation>Не удалось запустить принтер. Проверьте, что он включен и подключен, или выберите другой принтер.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>Принтер перестал принимать страницы.</translation>
    </message>
    <message>
        <source>The chosen pages are not in the document.</source>
        <translation>Выбранных страниц нет в документе.</translation>
    </message>
    <message>
        <source>“{file}” could not be written: {reason}</source>
        <extracomment>The printer chosen last in this session, offered again next time.</extracomment>
        <translation>Не удалось записать файл «{file}»: {reason}</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Сохранение документа в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Save the documents as PDF in</source>
        <translation>Папка для сохранения документов в PDF</translation>
    </message>
    <message>
        <source>of them duplicates: %Ln</source>
        <translation>из них дубликатов: %Ln</translation>
    </message>
    <message>
        <source>{what} — registered as {number} but not output: {reason} Reprint it from the register.</source>
        <translation>{what} — документ зарегистрирован под № {number}, но не выведен на печать или в файл: {reason} Повторно напечатайте его из журнала регистрации.</translation>
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
        <translation>Суд</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Verdict on</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <source>Pre-trial detention (days)</source>
        <translation>Содержание под стражей до суда (дней)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add a criminal proceeding</source>
        <translation>Добавление уголовного дела</translation>
    </message>
    <message>
        <source>Edit a criminal proceeding</source>
        <translation>Изменение сведений об уголовном деле</translation>
    </message>
    <message>
        <source>e.g. Zharkent district court</source>
        <translation>например, Жаркентский районный суд</translation>
    </message>
    <message>
        <source>e.g. 392 part 1</source>
        <translation>например, 392 ч. 1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Суд:</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>Ст&amp;атья:</translation>
    </message>
    <message>
        <source>Article of the Criminal Code.</source>
        <translation>Статья уголовного кодекса.</translation>
    </message>
    <message>
        <source>&amp;Verdict on:</source>
        <translation>Дата &amp;приговора:</translation>
    </message>
    <message>
        <source>&amp;Sentence:</source>
        <translation>&amp;Наказание:</translation>
    </message>
    <message>
        <source>&amp;Pre-trial detention:</source>
        <translation>Содержание под стра&amp;жей до суда:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечания:</translation>
    </message>
</context>
<context>
    <name>QAEntry</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer, as interpreted</source>
        <translation>Ответ (в переводе)</translation>
    </message>
    <message>
        <source>Move this question up</source>
        <translation>Переместить вопрос выше</translation>
    </message>
    <message>
        <source>Move this question down</source>
        <translation>Переместить вопрос ниже</translation>
    </message>
    <message>
        <source>Remove this question and its answer</source>
        <translation>Удалить вопрос и ответ на него</translation>
    </message>
    <message>
        <source>Question {n}</source>
        <translation>Вопрос {n}</translation>
    </message>
    <message>
        <source>Answer {n}</source>
        <translation>Ответ {n}</translation>
    </message>
    <message>
        <source>Move question {n} up</source>
        <translation>Переместить вопрос {n} выше</translation>
    </message>
    <message>
        <source>Move question {n} down</source>
        <translation>Переместить вопрос {n} ниже</translation>
    </message>
    <message>
        <source>Remove question {n}</source>
        <translation>Удалить вопрос {n}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Each case&apos;s language</source>
        <translation>Язык каждого дела</translation>
    </message>
    <message>
        <source>Print in each case&apos;s language, or in this one</source>
        <translation>Печатать на языке каждого дела или на выбранном здесь языке</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Обновить очередь</translation>
    </message>
    <message>
        <source>Load the queue again (F5)</source>
        <translation>Загрузить очередь заново (F5)</translation>
    </message>
    <message>
        <source>Documents waiting to be printed</source>
        <translation>Документы, ожидающие печати</translation>
    </message>
    <message>
        <source>Select a document to preview it.</source>
        <translation>Выберите документ для предварительного просмотра.</translation>
    </message>
    <message>
        <source>Pr&amp;int selected…</source>
        <translation>На&amp;печатать выбранные…</translation>
    </message>
    <message>
        <source>&amp;Save selected as PDF…</source>
        <translation>&amp;Сохранить выбранные в PDF…</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Предпросмо&amp;тр</translation>
    </message>
    <message>
        <source>Preview the selected document</source>
        <translation>Предварительный просмотр выбранного документа</translation>
    </message>
    <message>
        <source>Show the selected document as it will print (not registered)</source>
        <translation>Показать выбранный документ в том виде, в каком он будет напечатан (без регистрации)</translation>
    </message>
    <message>
        <source>Print the selected documents</source>
        <translation>Напечатать выбранные документы</translation>
    </message>
    <message>
        <source>Register and print the selected documents (Ctrl+P)</source>
        <translation>Зарегистрировать и напечатать выбранные документы (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the selected documents as PDF</source>
        <translation>Сохранить выбранные документы в PDF</translation>
    </message>
    <message>
        <source>Register the selected documents and save each as a PDF file named after its register number (Ctrl+Shift+S)</source>
        <translation>Зарегистрировать выбранные документы и сохранить каждый в PDF-файл, названный по его регистрационному номеру (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Nothing is waiting to be printed.</source>
        <translation>Нет документов, ожидающих печати.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be printed: %Ln</source>
        <translation>
            <numerusform>Ожидают печати: %Ln</numerusform>
            <numerusform>Ожидают печати: %Ln</numerusform>
            <numerusform>Ожидают печати: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>the {limit} oldest are listed; print them and refresh for the next</source>
        <translation>показаны {limit} самых старых; напечатайте их и обновите список, чтобы увидеть следующие</translation>
    </message>
    <message numerus="yes">
        <source>selected: %Ln</source>
        <translation>
            <numerusform>выбрано: %Ln</numerusform>
            <numerusform>выбрано: %Ln</numerusform>
            <numerusform>выбрано: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Не удалось подготовить предварительный просмотр: {reason}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Documents saved</source>
        <translation>Документы сохранены</translation>
    </message>
    <message>
        <source>Documents printed</source>
        <translation>Документы напечатаны</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Removed meanwhile</source>
        <translation>Запись уже удалена</translation>
    </message>
    <message>
        <source>Somebody removed this record after you opened it. Your changes were not saved.</source>
        <translation>Кто-то удалил эту запись после того, как вы её открыли. Ваши изменения не сохранены.</translation>
    </message>
</context>
<context>
    <name>RecordGroup</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add to {what}</source>
        <translation>Добавить: {what}</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected entry of {what}</source>
        <translation>Изменить выбранную запись: {what}</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected entry of {what}</source>
        <translation>Удалить выбранную запись: {what}</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Записей нет.</translation>
    </message>
    <message>
        <source>Remove from the case file</source>
        <translation>Удаление из дела</translation>
    </message>
    <message>
        <source>Remove {what} from the case file? The history keeps a record of it.</source>
        <translation>Удалить из дела: {what}? Запись об этом сохранится в истории.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
    <message>
        <source>Somebody changed this entry after you opened the case file, so nothing was removed. Look at the saved version and remove it again if it should go.</source>
        <translation>После того как вы открыли дело, эту запись кто-то изменил, поэтому ничего не удалено. Посмотрите сохранённую версию и, если её всё же нужно удалить, удалите её снова.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Find by register, case or certificate number</source>
        <translation>Поиск по регистрационному номеру, номеру дела, свидетельства или удостоверения</translation>
    </message>
    <message>
        <source>Register, case or certificate number…</source>
        <translation>Рег. номер, номер дела, свидетельства или удостоверения…</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>Refresh the register</source>
        <translation>Обновить журнал</translation>
    </message>
    <message>
        <source>Load the register again (F5)</source>
        <translation>Загрузить журнал заново (F5)</translation>
    </message>
    <message>
        <source>Register of issued documents</source>
        <translation>Журнал регистрации выданных документов</translation>
    </message>
    <message>
        <source>Repr&amp;int (duplicate)…</source>
        <translation>Напечатать &amp;дубликат…</translation>
    </message>
    <message>
        <source>Print a duplicate of the selected document</source>
        <translation>Напечатать дубликат выбранного документа</translation>
    </message>
    <message>
        <source>Print or save a copy marked “duplicate”; the reprint is registered</source>
        <translation>Напечатать или сохранить копию с отметкой «дубликат»; повторная печать регистрируется в журнале</translation>
    </message>
    <message>
        <source>Record hand-&amp;over…</source>
        <translation>Отметить &amp;вручение…</translation>
    </message>
    <message>
        <source>Record to whom the document was handed over</source>
        <translation>Отметить, кому вручён документ</translation>
    </message>
    <message>
        <source>Voi&amp;d…</source>
        <translation>&amp;Аннулировать…</translation>
    </message>
    <message>
        <source>Void the selected document</source>
        <translation>Аннулировать выбранный документ</translation>
    </message>
    <message>
        <source>Void a paper issued in error; a certificate on it is voided too</source>
        <translation>Аннулировать ошибочно выданный документ; напечатанное на нём свидетельство или удостоверение также аннулируется</translation>
    </message>
    <message>
        <source>Rep&amp;lace certificate…</source>
        <translation>&amp;Заменить документ…</translation>
    </message>
    <message>
        <source>Replace a lost or damaged certificate</source>
        <translation>Заменить утерянное или повреждённое свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>Issue a new certificate number in place of the selected one</source>
        <translation>Выдать взамен выбранного свидетельства или удостоверения документ с новым номером</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Экспорт журнала регистрации</translation>
    </message>
    <message>
        <source>Save every document the search and type select as an Excel or CSV file (Ctrl+E)</source>
        <translation>Сохранить все документы, отобранные поиском и типом, в файл Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>{name}, {date}</source>
        <translation>{name}, {date}</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>{state} — {certificate}</source>
        <translation>{state} — {certificate}</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Причина аннулирования: {reason}</translation>
    </message>
    <message>
        <source>Certificate {certificate}: {state}</source>
        <translation>Свидетельство или удостоверение {certificate}: {state}</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Подходящих документов нет.</translation>
    </message>
    <message>
        <source>No document has been issued yet.</source>
        <translation>Документы ещё не выдавались.</translation>
    </message>
    <message>
        <source>The newest {count} documents; search to find older ones.</source>
        <translation>Показаны последние документы ({count}); чтобы найти более ранние, воспользуйтесь поиском.</translation>
    </message>
    <message numerus="yes">
        <source>Documents: %Ln</source>
        <translation>
            <numerusform>Документы: %Ln</numerusform>
            <numerusform>Документы: %Ln</numerusform>
            <numerusform>Документы: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Повторная печать</translation>
    </message>
    <message>
        <source>Make a duplicate of {number} ({document}, case {case})? The copy is marked “duplicate” and registered under a number of its own.</source>
        <translation>Изготовить дубликат документа {number} ({document}, дело {case})? Копия получит отметку «дубликат» и будет зарегистрирована под собственным номером.</translation>
    </message>
    <message>
        <source>&amp;Print the duplicate…</source>
        <translation>&amp;Напечатать дубликат…</translation>
    </message>
    <message>
        <source>&amp;Save the duplicate as PDF…</source>
        <translation>&amp;Сохранить дубликат в PDF…</translation>
    </message>
    <message>
        <source>Hand-over of {number} recorded.</source>
        <translation>Вручение документа {number} отмечено.</translation>
    </message>
    <message>
        <source>Void {number}</source>
        <translation>Аннулирование документа {number}</translation>
    </message>
    <message>
        <source>Why is this document void?</source>
        <translation>По какой причине документ аннулируется?</translation>
    </message>
    <message>
        <source>Void {number} ({document}, case {case}) — this cannot be undone.</source>
        <translation>Документ {number} ({document}, дело {case}) будет аннулирован — отменить это действие невозможно.</translation>
    </message>
    <message>
        <source>Certificate {certificate} printed on it is voided too, with every other copy of it: it will no longer verify as valid.</source>
        <translation>Напечатанное на нём свидетельство или удостоверение {certificate} также аннулируется вместе со всеми его копиями: при проверке оно больше не будет признаваться действительным.</translation>
    </message>
    <message>
        <source>Void the document</source>
        <translation>Аннулирование документа</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Документ не аннулирован</translation>
    </message>
    <message>
        <source>{number} is void.</source>
        <translation>Документ {number} аннулирован.</translation>
    </message>
    <message>
        <source>Replace certificate {number}</source>
        <translation>Замена документа {number}</translation>
    </message>
    <message>
        <source>Why is the certificate replaced (lost, stolen, damaged…)?</source>
        <translation>По какой причине заменяется документ (утерян, похищен, повреждён…)?</translation>
    </message>
    <message>
        <source>Replace certificate</source>
        <translation>Замена документа</translation>
    </message>
    <message>
        <source>Replace certificate {number} (case {case})? It is marked replaced and will no longer verify as valid; a new certificate number is issued with the same validity — this cannot be undone.</source>
        <translation>Заменить документ {number} (дело {case})? Он будет отмечен как замененный и при проверке больше не будет признаваться действительным; будет выдан документ с новым номером и тем же сроком действия — отменить это действие невозможно.</translation>
    </message>
    <message>
        <source>Replace and &amp;print…</source>
        <translation>Заменить и &amp;напечатать…</translation>
    </message>
    <message>
        <source>Replace and &amp;save as PDF…</source>
        <translation>Заменить и &amp;сохранить в PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Registered as {number}, but not saved.</source>
        <translation>Зарегистрировано под номером {number}, но не сохранено.</translation>
    </message>
    <message>
        <source>Registered as {number} and saved as “{file}”.</source>
        <translation>Зарегистрировано под номером {number} и сохранено в файл «{file}».</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… rows written: %Ln</source>
        <translation>
            <numerusform>Экспорт… записано строк: %Ln</numerusform>
            <numerusform>Экспорт… записано строк: %Ln</numerusform>
            <numerusform>Экспорт… записано строк: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Registered as {number} and sent to the printer.</source>
        <translation>Зарегистрировано под номером {number} и отправлено на печать.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search cases</source>
        <extracomment>The usual width of each column; wider when the heading needs it.</extracomment>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Search by name in any script, case number or document number…</source>
        <translation>Поиск по имени (в любой письменности), номеру дела или номеру документа…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Filter by officer</source>
        <translation>Фильтр по специалисту</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Все специалисты</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Дата регистрации (с)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Registered until</source>
        <translation>Дата регистрации (по)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Export the cases shown</source>
        <translation>Экспорт показанных дел</translation>
    </message>
    <message>
        <source>Save the cases of the current search and filters as an Excel or CSV file (Ctrl+E)</source>
        <translation>Сохранить дела, отобранные текущим поиском и фильтрами, в файл Excel или CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>No case matches this search.</source>
        <translation>Нет дел, соответствующих запросу.</translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %Ln matches; type more to narrow the search.</source>
        <translation>
            <numerusform>Показаны первые совпадения: %Ln; уточните запрос, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны первые совпадения: %Ln; уточните запрос, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны первые совпадения: %Ln; уточните запрос, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cases: %Ln</source>
        <translation>
            <numerusform>Дела: %Ln</numerusform>
            <numerusform>Дела: %Ln</numerusform>
            <numerusform>Дела: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first {limit} characters of what you pasted were searched.</source>
        <translation>Поиск выполнен только по первым {limit} символам вставленного текста.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… rows written: %Ln</source>
        <translation>
            <numerusform>Экспорт… записано строк: %Ln</numerusform>
            <numerusform>Экспорт… записано строк: %Ln</numerusform>
            <numerusform>Экспорт… записано строк: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release case {number}</source>
        <translation>Отзыв дела {number} с ноутбука</translation>
    </message>
    <message>
        <source>Case {number} is checked out to the laptop “{device}” of {user} until {until}. Released, it can be changed here again at once.

The laptop&apos;s work is not lost: when the laptop checks the case in later, its changes are still taken, and every value changed both there and here comes to the conflict screen for the officer to choose.</source>
        <translation>Дело {number} выдано на ноутбук «{device}» пользователя {user}, срок возврата — {until}. После отзыва его сразу можно будет снова изменять здесь.

Работа на ноутбуке не пропадёт: когда ноутбук позже вернёт дело, его изменения всё равно будут приняты, а каждое значение, изменённое и там, и здесь, попадёт в окно расхождений, где специалист выберет, какое оставить.</translation>
    </message>
    <message>
        <source>Why the case is released</source>
        <translation>Причина отзыва дела</translation>
    </message>
    <message>
        <source>e.g. the laptop was lost; an urgent decision</source>
        <translation>например: ноутбук утерян; требуется срочное решение</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Release the case</source>
        <translation>Отозвать дело</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel: the case stays checked out</source>
        <translation>Отмена: дело остаётся выданным на ноутбук</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the case</source>
        <translation>Возобновление рассмотрения дела</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <source>Why the case is reopened</source>
        <translation>Причина возобновления рассмотрения дела</translation>
    </message>
    <message>
        <source>Reopened on</source>
        <translation>Дата возобновления</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Required: the reason is kept in the history.</source>
        <translation>Обязательно: причина сохраняется в истории дела.</translation>
    </message>
    <message>
        <source>Reopened o&amp;n:</source>
        <translation>&amp;Дата возобновления:</translation>
    </message>
    <message>
        <source>Reopen the case? It goes back to “{status}”.</source>
        <translation>Возобновить рассмотрение дела? Дело вернётся в статус «{status}».</translation>
    </message>
    <message>
        <source>is required; please fill it in.</source>
        <translation>обязательное поле; заполните его.</translation>
    </message>
    <message>
        <source>The case is reopened and under assessment.</source>
        <translation>Рассмотрение дела возобновлено, идёт подготовка заключения.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly report</source>
        <translation>Отчёт за месяц</translation>
    </message>
    <message>
        <source>What the report covers</source>
        <translation>Период отчёта</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Отчёт за:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Со&amp;хранить в PDF…</translation>
    </message>
</context>
<context>
    <name>RepresentativeSection</name>
    <message>
        <source>No representative is recorded for this case. Fill in the form to record one.</source>
        <translation>Представитель по этому делу не указан. Чтобы указать его, заполните форму.</translation>
    </message>
    <message>
        <source>e.g. a bar association or legal clinic</source>
        <translation>например, коллегия адвокатов или юридическая клиника</translation>
    </message>
    <message>
        <source>e.g. +7 701 123 4567</source>
        <translation>напр., +7 701 123 4567</translation>
    </message>
    <message>
        <source>Power of attorney dated</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Фамилия, имя, отчество:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>Номер &amp;лицензии:</translation>
    </message>
    <message>
        <source>A representative already known by this licence number is reused.</source>
        <translation>Если представитель с таким номером лицензии уже зарегистрирован, используется его запись.</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the representative</source>
        <translation>Сохранить сведения о представителе</translation>
    </message>
    <message>
        <source>No representative is recorded for this case.</source>
        <translation>Представитель по этому делу не указан.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Есть несохранённые изменения</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return with comments — {number}</source>
        <translation>Возврат с замечаниями — {number}</translation>
    </message>
    <message>
        <source>The draft goes back to {drafter} for revision. Your comments stay in the history of the case.</source>
        <translation>Проект будет возвращён на доработку пользователю {drafter}. Ваши замечания сохранятся в истории дела.</translation>
    </message>
    <message>
        <source>&amp;Comments for the officer:</source>
        <translation>&amp;Замечания для специалиста:</translation>
    </message>
    <message>
        <source>Comments for the officer</source>
        <translation>Замечания для специалиста</translation>
    </message>
    <message>
        <source>&amp;Return to the officer</source>
        <translation>&amp;Вернуть специалисту</translation>
    </message>
    <message>
        <source>Return the draft to the officer</source>
        <translation>Вернуть проект специалисту</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel without returning</source>
        <translation>Отменить без возврата</translation>
    </message>
    <message>
        <source>Write what the officer should revise: a draft is not returned without comments.</source>
        <translation>Укажите, что специалисту нужно доработать: без замечаний проект не возвращается.</translation>
    </message>
    <message>
        <source>Returning the draft…</source>
        <translation>Возврат проекта…</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>There is no drafted decision in this case.</source>
        <translation>В этом деле нет проекта решения.</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>не выбрано</translation>
    </message>
    <message>
        <source>Recommended decision</source>
        <translation>Рекомендуемое решение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Вид решения</translation>
    </message>
    <message>
        <source>Recommended outcome</source>
        <translation>Рекомендуемое решение</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Проект подготовил(а)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Направлено на утверждение</translation>
    </message>
    <message>
        <source>Internal consistency</source>
        <translation>Внутренняя согласованность</translation>
    </message>
    <message>
        <source>Consistency with country-of-origin information</source>
        <translation>Соответствие информации о стране происхождения</translation>
    </message>
    <message>
        <source>Plausibility</source>
        <translation>Правдоподобность</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Convention grounds</source>
        <translation>Конвенционные основания</translation>
    </message>
    <message>
        <source>No Convention ground was found to apply.</source>
        <translation>Конвенционные основания не установлены.</translation>
    </message>
    <message>
        <source>Well-founded fear</source>
        <translation>Вполне обоснованные опасения</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Основания для исключения</translation>
    </message>
    <message>
        <source>Exclusion grounds apply.</source>
        <translation>Имеются основания для исключения.</translation>
    </message>
    <message>
        <source>No exclusion ground applies.</source>
        <translation>Основания для исключения отсутствуют.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Обоснование решения</translation>
    </message>
    <message>
        <source>No reasons were written.</source>
        <translation>Обоснование не составлено.</translation>
    </message>
    <message>
        <source>Nothing has been submitted yet.</source>
        <translation>На утверждение пока ничего не направлялось.</translation>
    </message>
    <message>
        <source>Your role cannot see the claim.</source>
        <translation>Ваша роль не позволяет просматривать доводы заявителя.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Доводы заявителя</translation>
    </message>
    <message>
        <source>No claim has been recorded.</source>
        <translation>Доводы заявителя не внесены.</translation>
    </message>
    <message>
        <source>Persecuted by</source>
        <translation>Субъект преследования</translation>
    </message>
    <message>
        <source>Grounds claimed</source>
        <translation>Заявленные основания</translation>
    </message>
    <message>
        <source>Incidents, in time order</source>
        <translation>Случаи преследования в хронологическом порядке</translation>
    </message>
    <message>
        <source>No incidents have been recorded.</source>
        <translation>Случаи преследования не внесены.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln день</numerusform>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln evidence item(s) linked</source>
        <translation>
            <numerusform>Связанные доказательства: %Ln</numerusform>
            <numerusform>Связанные доказательства: %Ln</numerusform>
            <numerusform>Связанные доказательства: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role cannot see the interviews.</source>
        <translation>Ваша роль не позволяет просматривать собеседования.</translation>
    </message>
    <message>
        <source>No interview has been recorded.</source>
        <translation>Собеседования не внесены.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} — {end}</translation>
    </message>
    <message>
        <source>Interview {n} — {status}</source>
        <translation>Собеседование № {n} — {status}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Representative present</source>
        <translation>Присутствие представителя</translation>
    </message>
    <message>
        <source>Read back to the applicant</source>
        <translation>Протокол прочитан заявителю вслух</translation>
    </message>
    <message>
        <source>Signed by the applicant</source>
        <translation>Протокол подписан заявителем</translation>
    </message>
    <message>
        <source>Demeanour:</source>
        <translation>Поведение:</translation>
    </message>
    <message>
        <source>Your role cannot see the evidence.</source>
        <translation>Ваша роль не позволяет просматривать доказательства.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>No evidence has been attached.</source>
        <translation>Доказательства не прикреплены.</translation>
    </message>
    <message>
        <source>SHA-256 {hash}…</source>
        <translation>SHA-256 {hash}…</translation>
    </message>
    <message>
        <source>added by {user}</source>
        <translation>добавил(а): {user}</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Linked to incidents</source>
        <translation>Связанные случаи преследования</translation>
    </message>
    <message>
        <source>Applicant may see it</source>
        <translation>Доступно заявителю</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>In the petition</source>
        <translation>В ходатайстве</translation>
    </message>
    <message>
        <source>Own case</source>
        <translation>Отдельное дело</translation>
    </message>
    <message>
        <source>No relatives have been recorded.</source>
        <translation>Родственники не внесены.</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Вне пункта пропуска</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Через пункт пропуска</translation>
    </message>
    <message>
        <source>Entry and border crossings</source>
        <translation>Въезд и пересечение границы</translation>
    </message>
    <message>
        <source>Crossed on</source>
        <translation>Дата пересечения</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Пересечение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Из страны</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>No border crossing has been recorded.</source>
        <translation>Сведения о пересечении границы не внесены.</translation>
    </message>
    <message>
        <source>Criminal proceedings</source>
        <translation>Уголовные дела</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <source>Pre-trial detention</source>
        <translation>Содержание под стражей до суда</translation>
    </message>
    <message>
        <source>No criminal proceeding has been recorded.</source>
        <translation>Сведения об уголовных делах не внесены.</translation>
    </message>
    <message>
        <source>Court rulings on deportation</source>
        <translation>Решения судов о выдворении</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Deportation barred</source>
        <translation>Выдворение запрещено</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>No court ruling has been recorded.</source>
        <translation>Решения судов не внесены.</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review of the decision — {number} — Pana</source>
        <translation>Проверка решения — {number} — Pana</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <source>Approve the decision</source>
        <translation>Утвердить решение</translation>
    </message>
    <message>
        <source>&amp;Return…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <source>Return the draft with comments</source>
        <translation>Вернуть проект с замечаниями</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>Закрыть окно проверки</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Draft decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Проект решения&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The draft decision</source>
        <translation>Проект решения</translation>
    </message>
    <message>
        <source>&lt;b&gt;Approval &amp;history&lt;/b&gt; (submissions, returns with comments, approvals)</source>
        <translation>&lt;b&gt;&amp;История утверждения&lt;/b&gt; (направления на утверждение, возвраты с замечаниями, утверждения)</translation>
    </message>
    <message>
        <source>Approval history</source>
        <translation>История утверждения</translation>
    </message>
    <message>
        <source>What the draft rests on</source>
        <translation>Материалы, на которых основан проект</translation>
    </message>
    <message>
        <source>Claim and incidents</source>
        <translation>Доводы и случаи преследования</translation>
    </message>
    <message>
        <source>Interview answers</source>
        <translation>Ответы на собеседованиях</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Entry and legal history</source>
        <translation>Въезд и правовая история</translation>
    </message>
    <message>
        <source>C&amp;laim and incidents</source>
        <translation>Доводы и &amp;случаи преследования</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>Со&amp;беседования</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Доказательства</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>Се&amp;мья</translation>
    </message>
    <message>
        <source>Le&amp;gal history</source>
        <translation>Пр&amp;авовая история</translation>
    </message>
    <message>
        <source>&amp;Interviews ({n})</source>
        <translation>Со&amp;беседования ({n})</translation>
    </message>
    <message>
        <source>&amp;Evidence ({n})</source>
        <translation>&amp;Доказательства ({n})</translation>
    </message>
    <message>
        <source>&amp;Family ({n})</source>
        <translation>Се&amp;мья ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {status}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {status}</translation>
    </message>
    <message>
        <source>Officer: {officer}</source>
        <translation>Специалист: {officer}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Decision was due {date}&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;Срок принятия решения истёк: {date}&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Decision due {date}</source>
        <translation>Срок принятия решения: {date}</translation>
    </message>
    <message>
        <source>This case has no decision waiting for approval (it is “{status}”).</source>
        <translation>По этому делу нет решения, ожидающего утверждения (статус дела — «{status}»).</translation>
    </message>
    <message>
        <source>You drafted this decision, so you cannot approve it: another supervisor must. You can still return it with comments.</source>
        <translation>Проект этого решения подготовили вы, поэтому утвердить его не можете: это должен сделать другой руководитель. Вернуть его с замечаниями вы можете.</translation>
    </message>
    <message>
        <source>Your role cannot approve or return decisions.</source>
        <translation>Ваша роль не позволяет утверждать или возвращать решения.</translation>
    </message>
    <message>
        <source>Approve with your password</source>
        <translation>Утвердить с вводом пароля</translation>
    </message>
    <message>
        <source>Case {number}: {kind}, recommended outcome “{outcome}”, legal basis {basis}.</source>
        <translation>Дело {number}: {kind}, рекомендуемое решение — «{outcome}», правовое основание — {basis}.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role of “{user}”</source>
        <translation>Роль пользователя «{user}»</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next login.</source>
        <translation>Новая роль начнёт действовать при следующем входе пользователя.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <source>this is already the user&apos;s role.</source>
        <translation>у пользователя уже эта роль.</translation>
    </message>
</context>
<context>
    <name>RulingDialog</name>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Ruled on</source>
        <translation>Дата решения суда</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер дела в суде</translation>
    </message>
    <message>
        <source>Deportation barred</source>
        <translation>Выдворение запрещено</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Add a court ruling</source>
        <translation>Добавление решения суда</translation>
    </message>
    <message>
        <source>Edit a court ruling</source>
        <translation>Изменение сведений о решении суда</translation>
    </message>
    <message>
        <source>case number at the court</source>
        <translation>номер дела в суде</translation>
    </message>
    <message>
        <source>The court &amp;barred deportation</source>
        <translation>Суд &amp;запретил выдворение</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Суд:</translation>
    </message>
    <message>
        <source>&amp;Ruled on:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>&amp;Номер дела в суде:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule an interview — {number}</source>
        <translation>Назначение собеседования — {number}</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Office, room, or detention facility</source>
        <translation>Кабинет, помещение или место содержания под стражей</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Дата и время:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Переводчик:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Назначить</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>column headers</source>
        <translation>заголовки столбцов</translation>
    </message>
    <message>
        <source>row headers</source>
        <translation>заголовки строк</translation>
    </message>
</context>
<context>
    <name>ServerExchangeDialog</name>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>The commission server&apos;s address, as whoever set it up gave it. Do not write the database password in it: PostgreSQL reads it from its password file, ~/.pgpass (on Windows %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>Адрес сервера комиссии в том виде, в каком его сообщил тот, кто настраивал сервер. Не указывайте в нём пароль базы данных: PostgreSQL берёт его из своего файла паролей ~/.pgpass (в Windows — %APPDATA%\postgresql\pgpass.conf).</translation>
    </message>
    <message>
        <source>On the server you log in with the same user name as on this laptop.</source>
        <translation>На сервер вы входите с тем же именем пользователя, что и на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Your password on the server</source>
        <translation>Ваш пароль на сервере</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Подключ&amp;иться</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>Подключиться к серверу</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Keep the server&apos;s answer</source>
        <translation>Сохранение ответа сервера</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Enter the commission server&apos;s address, as whoever set it up gave it: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>Введите адрес сервера комиссии в том виде, в каком его сообщил тот, кто настраивал сервер: postgresql://USER@HOST/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Enter your password on the server.</source>
        <translation>Введите свой пароль на сервере.</translation>
    </message>
    <message>
        <source>Connected to the commission server {server} as {user}.</source>
        <translation>Выполнено подключение к серверу комиссии {server}, пользователь: {user}.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Under 1 month</source>
        <extracomment>Bars a chart of groups (citizenships, ethnicities, officers) shows; the rest are added up as &quot;Other&quot; (the table lists every group). The colours of the series, the same in every chart. The age buckets of pending cases, as the service names them.</extracomment>
        <translation>Менее 1 месяца</translation>
    </message>
    <message>
        <source>1–3 months</source>
        <translation>1–3 месяца</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 месяцев</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 месяцев</translation>
    </message>
    <message>
        <source>12 months or more</source>
        <translation>12 месяцев и более</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Other ({count})</source>
        <translation>Прочие ({count})</translation>
    </message>
    <message>
        <source>{label}: {count} ({share})</source>
        <translation>{label}: {count} ({share})</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
    <message>
        <source>Recognition rate, %</source>
        <translation>Доля присвоений, %</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Медианный срок до решения, дней</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>Table: {figure}</source>
        <translation>Таблица: {figure}</translation>
    </message>
    <message>
        <source>Chart: {figure}</source>
        <translation>Диаграмма: {figure}</translation>
    </message>
    <message>
        <source>Petitions registered</source>
        <extracomment>A query&apos;s answer was shown (the Statistics value). A file was written by Export or the monthly report (its path).</extracomment>
        <translation>Зарегистрировано ходатайств</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Принято решений</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Доля решений о присвоении статуса беженца</translation>
    </message>
    <message>
        <source>Median days from petition to decision</source>
        <translation>Медианный срок от регистрации ходатайства до решения, дней</translation>
    </message>
    <message>
        <source>Cases pending at the end of the period</source>
        <translation>Дела на рассмотрении на конец периода</translation>
    </message>
    <message>
        <source>Appeals lodged</source>
        <translation>Подано жалоб</translation>
    </message>
    <message>
        <source>No petitions or decisions in this period.</source>
        <translation>За этот период нет ни ходатайств, ни решений.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Пер&amp;иод:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>Выбранные даты</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>Offi&amp;ce:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>Refresh the statistics</source>
        <translation>Обновить статистику</translation>
    </message>
    <message>
        <source>Count the figures again (F5)</source>
        <translation>Пересчитать показатели (F5)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the tables of the figures</source>
        <translation>Экспортировать таблицы показателей</translation>
    </message>
    <message>
        <source>Save the tables behind the charts as an XLSX or CSV file</source>
        <translation>Сохранить таблицы, по которым построены диаграммы, в файл XLSX или CSV</translation>
    </message>
    <message>
        <source>Monthly r&amp;eport (PDF)…</source>
        <translation>Отчёт за &amp;месяц (PDF)…</translation>
    </message>
    <message>
        <source>Monthly report as PDF</source>
        <translation>Отчёт за месяц в формате PDF</translation>
    </message>
    <message>
        <source>The statistical report of a month as a PDF, in Kazakh, Russian or English</source>
        <translation>Статистический отчёт за месяц в формате PDF на казахском, русском или английском языке</translation>
    </message>
    <message>
        <source>Petitions and decisions by month</source>
        <translation>Ходатайства и решения по месяцам</translation>
    </message>
    <message>
        <source>Petitions registered and decisions taken in each month of the period.</source>
        <translation>Зарегистрированные ходатайства и принятые решения по каждому месяцу периода.</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Решения по видам</translation>
    </message>
    <message>
        <source>Decisions taken in the period, by their outcome.</source>
        <translation>Решения, принятые за период, по видам.</translation>
    </message>
    <message>
        <source>Recognition rate and time to decision</source>
        <translation>Доля присвоений и срок до решения</translation>
    </message>
    <message>
        <source>Recognised out of recognised and refused, and the median number of days from petition to decision, by month.</source>
        <translation>Доля решений о присвоении статуса беженца среди всех решений о присвоении и об отказе, а также медианный срок от ходатайства до решения (дней), по месяцам.</translation>
    </message>
    <message>
        <source>Pending cases by age</source>
        <translation>Дела на рассмотрении по срокам</translation>
    </message>
    <message>
        <source>Cases not yet decided at the end of the period, by the time since the petition.</source>
        <translation>Дела, по которым на конец периода не принято решение, по сроку, прошедшему с подачи ходатайства.</translation>
    </message>
    <message>
        <source>By citizenship</source>
        <translation>По гражданству</translation>
    </message>
    <message>
        <source>Petitions registered and decisions in the period by the applicant&apos;s citizenship (country codes), and cases pending now. The chart shows the ten largest groups.</source>
        <translation>Зарегистрированные ходатайства и принятые за период решения по гражданству заявителя (коды стран), а также дела, находящиеся на рассмотрении сейчас. На диаграмме — десять самых крупных групп.</translation>
    </message>
    <message>
        <source>By ethnicity</source>
        <translation>По национальности</translation>
    </message>
    <message>
        <source>Petitions registered and decisions in the period by the applicant&apos;s ethnicity, and cases pending now. The chart shows the ten largest groups.</source>
        <translation>Зарегистрированные ходатайства и принятые за период решения по национальности заявителя, а также дела, находящиеся на рассмотрении сейчас. На диаграмме — десять самых крупных групп.</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>По специалистам</translation>
    </message>
    <message>
        <source>Petitions registered and decisions in the period by the officer in charge, and the cases each has pending now.</source>
        <translation>Зарегистрированные ходатайства и принятые за период решения по ответственному специалисту, а также дела, которые сейчас находятся на рассмотрении у каждого из них.</translation>
    </message>
    <message>
        <source>Refugee statuses expiring</source>
        <translation>Истекающие статусы беженца</translation>
    </message>
    <message>
        <source>Refugee statuses whose validity ends in each of the twelve months after the period.</source>
        <translation>Статусы беженца, срок действия которых истекает в каждом из двенадцати месяцев после периода.</translation>
    </message>
    <message>
        <source>Appeals and their outcomes</source>
        <translation>Жалобы и их результаты</translation>
    </message>
    <message>
        <source>Appeals lodged in the period, by their outcome so far.</source>
        <translation>Жалобы, поданные за период, по их результатам на текущий момент.</translation>
    </message>
    <message>
        <source>The first day of the period is after its last day: choose the dates again.</source>
        <translation>Первый день периода позже его последнего дня: выберите даты заново.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>all offices</source>
        <translation>все регионы</translation>
    </message>
    <message>
        <source>{start} – {end}, {office}. Counted {today}.</source>
        <translation>{start} – {end}, {office}. Подсчитано {today}.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Присвоен статус</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Decisions on refugee status taken in the period, by their outcome. Decisions on extending a status are not counted here ({count} in the period).</source>
        <translation>Решения по статусу беженца, принятые за период, по видам. Решения о продлении срока действия статуса беженца здесь не учитываются (за период: {count}).</translation>
    </message>
    <message>
        <source>Cases pending</source>
        <translation>Дела на рассмотрении</translation>
    </message>
    <message>
        <source>Pending now</source>
        <translation>Сейчас на рассмотрении</translation>
    </message>
    <message>
        <source>Statuses ending</source>
        <translation>Истекающие статусы</translation>
    </message>
    <message>
        <source>Appeals lodged in the period: {count}, by their outcome so far.</source>
        <translation>Жалобы, поданные за период (всего: {count}), по их результатам на текущий момент.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>The figures were exported to {file}.</source>
        <translation>Показатели экспортированы в файл {file}.</translation>
    </message>
    <message>
        <source>The period shown: {start} – {end}</source>
        <translation>Отображаемый период: {start} – {end}</translation>
    </message>
    <message>
        <source>Save the statistical report as PDF</source>
        <translation>Сохранение статистического отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <source>The report was saved to {file}.</source>
        <translation>Отчёт сохранён в файл {file}.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
</context>
<context>
    <name>StatisticsTable</name>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Присвоен статус</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Pending now</source>
        <translation>Сейчас на рассмотрении</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Closed without a decision</source>
        <translation>Закрыто без решения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решений</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Доля присвоений</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Медианный срок, дней</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Срок ожидания</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дел</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Statuses ending</source>
        <translation>Истекающие статусы</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Жалоб</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Schedule an interview</source>
        <extracomment>States in which the case is open and the statutory decision clock runs. States in which the case file (applicant, family, claim …) may still be edited.</extracomment>
        <translation>Назначить собеседование</translation>
    </message>
    <message>
        <source>Record an interview</source>
        <translation>Вести протокол собеседования</translation>
    </message>
    <message>
        <source>Record that the applicant did not come</source>
        <translation>Отметить неявку заявителя</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Направить на утверждение</translation>
    </message>
    <message>
        <source>Return with comments</source>
        <translation>Вернуть с замечаниями</translation>
    </message>
    <message>
        <source>Approve the decision</source>
        <translation>Утвердить решение</translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation>Отметить вручение решения</translation>
    </message>
    <message>
        <source>Register an extension application</source>
        <translation>Регистрация заявления о продлении</translation>
    </message>
    <message>
        <source>Submit the extension for approval</source>
        <translation>Направить продление на утверждение</translation>
    </message>
    <message>
        <source>Approve the extension decision</source>
        <translation>Утвердить решение о продлении</translation>
    </message>
    <message>
        <source>End the status (expiry, cessation, revocation)</source>
        <translation>Прекратить действие статуса (истечение срока, прекращение, лишение)</translation>
    </message>
    <message>
        <source>Record an appeal</source>
        <translation>Зарегистрировать жалобу</translation>
    </message>
    <message>
        <source>Record that the court upheld the refusal</source>
        <translation>Отметить, что суд оставил отказ в силе</translation>
    </message>
    <message>
        <source>Record that the appeal succeeded</source>
        <translation>Отметить удовлетворение жалобы</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Возобновить рассмотрение дела</translation>
    </message>
    <message>
        <source>Extend the decision deadline</source>
        <translation>Продлить срок рассмотрения ходатайства</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Внести</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Внесено.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Add us&amp;er…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Изменить р&amp;оль…</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s role</source>
        <translation>Изменить роль выбранного пользователя</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>Сбросить паро&amp;ль…</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Задать новый пароль для выбранного пользователя</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Отклю&amp;чить</translation>
    </message>
    <message>
        <source>Disable the selected user</source>
        <translation>Отключить учётную запись выбранного пользователя</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>Enable the selected user</source>
        <translation>Включить учётную запись выбранного пользователя</translation>
    </message>
    <message>
        <source>Refresh the users</source>
        <translation>Обновить список пользователей</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>Загрузить список пользователей заново (F5)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>заблокирован до {time}</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Users: %Ln</source>
        <translation>
            <numerusform>Пользователи: %Ln</numerusform>
            <numerusform>Пользователи: %Ln</numerusform>
            <numerusform>Пользователи: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disabled: %Ln</source>
        <translation>
            <numerusform>отключено: %Ln</numerusform>
            <numerusform>отключено: %Ln</numerusform>
            <numerusform>отключено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locked: %Ln</source>
        <translation>
            <numerusform>заблокировано: %Ln</numerusform>
            <numerusform>заблокировано: %Ln</numerusform>
            <numerusform>заблокировано: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your own account: you cannot disable it. Another administrator can.</source>
        <translation>Это ваша учётная запись: вы не можете её отключить. Это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>A disabled account cannot log in. Enable it to let the user in again.</source>
        <translation>С отключённой учётной записью войти в систему нельзя. Чтобы пользователь снова мог войти, включите её.</translation>
    </message>
    <message>
        <source>The account is locked after failed logins. Resetting the password unlocks it.</source>
        <translation>Учётная запись заблокирована после неудачных попыток входа. Сброс пароля снимает блокировку.</translation>
    </message>
    <message>
        <source>User “{user}” added.</source>
        <translation>Пользователь «{user}» добавлен.</translation>
    </message>
    <message>
        <source>The role of “{user}” was changed.</source>
        <translation>Роль пользователя «{user}» изменена.</translation>
    </message>
    <message>
        <source>“{user}” has a new password.</source>
        <translation>Для пользователя «{user}» задан новый пароль.</translation>
    </message>
    <message>
        <source>Not disabled</source>
        <translation>Не отключено</translation>
    </message>
    <message>
        <source>You cannot disable your own account. Another administrator can.</source>
        <translation>Нельзя отключить собственную учётную запись. Это может сделать другой администратор.</translation>
    </message>
    <message>
        <source>Disable the user</source>
        <translation>Отключение пользователя</translation>
    </message>
    <message>
        <source>Disable “{user}”? They can no longer log in, and their password stops opening the database. Their work and the audit trail stay.</source>
        <translation>Отключить пользователя «{user}»? Он больше не сможет войти в систему, а его пароль перестанет открывать базу данных. Результаты его работы и журнал аудита сохранятся.</translation>
    </message>
    <message>
        <source>“{user}” was disabled.</source>
        <translation>Пользователь «{user}» отключён.</translation>
    </message>
    <message>
        <source>“{user}” was enabled.</source>
        <translation>Пользователь «{user}» включён.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>UsersTable</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Неудачные входы</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a photo must be a JPEG or PNG image.</source>
        <translation>фотография должна быть изображением в формате JPEG или PNG.</translation>
    </message>
    <message>
        <source>a letterhead must be a JPEG or PNG image.</source>
        <translation>бланк должен быть изображением в формате JPEG или PNG.</translation>
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
        <translation>фотография больше {limit}; уменьшите её размер.</translation>
    </message>
    <message>
        <source>the letterhead is larger than {limit}; scale it down.</source>
        <translation>бланк больше {limit}; уменьшите его размер.</translation>
    </message>
    <message>
        <source>the file is not a readable {kind} image (its header is wrong); it may be damaged. Save it again as JPEG or PNG.</source>
        <translation>файл не читается как изображение {kind} (неверный заголовок файла); возможно, он повреждён. Сохраните его заново в формате JPEG или PNG.</translation>
    </message>
    <message>
        <source>the image is {width} × {height} pixels, more than the {limit} megapixels Pana prints; save it at a lower resolution.</source>
        <translation>размер изображения — {width} × {height} пикс., это больше предела в {limit} Мпикс., который Pana может напечатать; сохраните его с меньшим разрешением.</translation>
    </message>
    <message>
        <source>The year {year} is out of range.</source>
        <translation>Год {year} вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>A day without a month is not a date.</source>
        <translation>Число нельзя указать без месяца.</translation>
    </message>
    <message>
        <source>The month {month} does not exist.</source>
        <translation>Месяца {month} не существует.</translation>
    </message>
    <message>
        <source>{year_month} has no day {day}.</source>
        <translation>В месяце {year_month} нет числа {day}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 1990, 1990-05 or 1990-05-17, and add ~ for an estimate.</source>
        <translation>«{value}» не является датой; укажите 1990, 1990-05 или 1990-05-17, а если дата приблизительная, добавьте в конце ~.</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as YYYY-MM-DD.</source>
        <translation>«{value}» не является датой; укажите её в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>“{value}” is not a case number; it looks like AQM-2026-00042.</source>
        <translation>«{value}» не является номером дела; номер дела имеет вид AQM-2026-00042.</translation>
    </message>
    <message>
        <source>The region code must be 2 to 5 Latin letters, e.g. AQM.</source>
        <translation>Код региона должен состоять из 2–5 латинских букв, например AQM.</translation>
    </message>
    <message>
        <source>must be text, not {type}.</source>
        <extracomment>A part of a person&apos;s name (surname, given names, patronymic). A short item: ethnicity, religion, a document number.</extracomment>
        <translation>должно быть текстом, а не значением типа {type}.</translation>
    </message>
    <message>
        <source>is required; please fill it in.</source>
        <translation>обязательное поле; заполните его.</translation>
    </message>
    <message>
        <source>is too long ({length} characters); at most {limit} fit.</source>
        <translation>слишком длинный текст ({length} симв.); допускается не более {limit} симв.</translation>
    </message>
    <message>
        <source>contains invisible control characters ({characters}); retype it without them.</source>
        <translation>содержит невидимые управляющие символы ({characters}); введите текст заново без них.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>значение «{value}» не входит в число допустимых: {allowed}.</translation>
    </message>
    <message>
        <source>must be a list of codes, e.g. {example}.</source>
        <translation>должно быть списком кодов, например {example}.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code; use three letters, e.g. CHN, KAZ.</source>
        <translation>«{value}» не является кодом страны; укажите три латинские буквы, например CHN, KAZ.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code; use two letters, e.g. kk, ru, ug.</source>
        <translation>«{value}» не является кодом языка; укажите две латинские буквы, например kk, ru, ug.</translation>
    </message>
    <message>
        <source>“{value}” is not a document language; use one of kk, ru, en, kk+ru.</source>
        <translation>«{value}» не является языком документа; укажите один из вариантов: kk, ru, en, kk+ru.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>«{value}» не является адресом электронной почты.</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number; use digits, spaces and + ( ) -.</source>
        <translation>«{value}» не является номером телефона; используйте цифры, пробелы и символы + ( ) -.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <extracomment>The largest whole number a column holds everywhere (SQLite takes 64 bits; 32 is plenty).</extracomment>
        <translation>«{value}» не является целым числом.</translation>
    </message>
    <message>
        <source>cannot be negative.</source>
        <translation>не может быть отрицательным.</translation>
    </message>
    <message>
        <source>is too large; at most {maximum}.</source>
        <translation>слишком большое значение; допускается не более {maximum}.</translation>
    </message>
    <message>
        <source>use 2–64 lower-case Latin letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>используйте от 2 до 64 символов: строчные латинские буквы, цифры, точку, дефис или подчёркивание; первым символом должна быть буква.</translation>
    </message>
    <message>
        <source>must be at least {minimum} characters long.</source>
        <extracomment>Demo databases (fictional people only) accept the short demo password.</extracomment>
        <translation>должен содержать не менее {minimum} символов.</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters).</source>
        <translation>слишком длинный (не более {limit} символов).</translation>
    </message>
    <message>
        <source>contains characters that cannot be stored ({characters}); type it again.</source>
        <translation>содержит символы, которые невозможно сохранить ({characters}); введите его заново.</translation>
    </message>
    <message>
        <source>choose kk, ru or en.</source>
        <translation>выберите kk, ru или en.</translation>
    </message>
    <message>
        <source>the user “{name}” already exists.</source>
        <translation>пользователь «{name}» уже существует.</translation>
    </message>
    <message>
        <source>the user “{name}” is disabled.</source>
        <translation>учётная запись пользователя «{name}» отключена.</translation>
    </message>
    <message>
        <source>the user “{name}” is disabled; enable the account with a new password instead.</source>
        <translation>учётная запись пользователя «{name}» отключена; вместо этого включите её, задав новый пароль.</translation>
    </message>
    <message>
        <source>this is the last administrator; make another account an administrator first.</source>
        <translation>это последний администратор; сначала назначьте администратором другую учётную запись.</translation>
    </message>
    <message>
        <source>you cannot disable your own account.</source>
        <translation>нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <source>the user “{name}” is not disabled.</source>
        <translation>учётная запись пользователя «{name}» не отключена.</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}.</source>
        <translation>должно быть целым числом от {low} до {high}.</translation>
    </message>
    <message>
        <source>is before the start date.</source>
        <extracomment>The most entries a search returns unless the filter asks for another limit.</extracomment>
        <translation>не может быть раньше начальной даты.</translation>
    </message>
    <message>
        <source>give the whole path of the folder.</source>
        <extracomment>``pana-20261126-143000.db``: the only names rotation ever deletes. When the last automatic backup was written and checked (UTC), and its file name. One automatic backup at a time (the timer and the button may meet).</extracomment>
        <translation>укажите полный путь к папке.</translation>
    </message>
    <message>
        <source>the folder {folder} is not available: plug in the drive or choose another folder.</source>
        <translation>папка {folder} недоступна: подключите диск или выберите другую папку.</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written to: choose another folder.</source>
        <translation>запись в папку {folder} невозможна: выберите другую папку.</translation>
    </message>
    <message>
        <source>give a number of hours from 1 to {maximum}.</source>
        <translation>укажите количество часов от 1 до {maximum}.</translation>
    </message>
    <message>
        <source>keep from 1 to {maximum} backups.</source>
        <translation>количество хранимых копий должно быть от 1 до {maximum}.</translation>
    </message>
    <message>
        <source>at least one written form of the name is required.</source>
        <translation>необходимо указать хотя бы один вариант написания имени.</translation>
    </message>
    <message>
        <source>a name needs a surname or a given name.</source>
        <translation>укажите фамилию или имя.</translation>
    </message>
    <message>
        <source>a birth date cannot be in the future.</source>
        <translation>дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <source>a stateless person has no citizenship; clear one of the two.</source>
        <translation>у лица без гражданства не может быть гражданства; очистите одно из двух полей.</translation>
    </message>
    <message>
        <source>the registration date cannot be in the future.</source>
        <translation>дата регистрации не может быть в будущем.</translation>
    </message>
    <message>
        <source>the arrival date cannot be after the registration date.</source>
        <translation>дата прибытия не может быть позже даты регистрации.</translation>
    </message>
    <message>
        <source>“{name}” is not an active officer.</source>
        <translation>«{name}» не является активным специалистом.</translation>
    </message>
    <message>
        <source>family member</source>
        <extracomment>The largest photo file stored (``exchange`` imports no larger one either). In messages: &quot;the family member was changed by somebody else&quot; (a noun, translatable). The records ``remove_record`` takes, keyed by kind (also the audit entity).</extracomment>
        <translation>член семьи</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>entry record</source>
        <translation>пересечение границы</translation>
    </message>
    <message>
        <source>criminal proceeding</source>
        <translation>уголовное дело</translation>
    </message>
    <message>
        <source>court ruling</source>
        <translation>решение суда</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>случай преследования</translation>
    </message>
    <message>
        <source>that {what} belongs to another case.</source>
        <translation>эта запись ({what}) относится к другому делу.</translation>
    </message>
    <message>
        <source>the {type} {number}</source>
        <translation>{type} № {number}</translation>
    </message>
    <message>
        <source>the incident “{kind}” of {date}</source>
        <translation>случай преследования «{kind}» ({date})</translation>
    </message>
    <message>
        <source>the incident “{kind}”</source>
        <translation>случай преследования «{kind}»</translation>
    </message>
    <message>
        <source>{record} still refers to this person; remove or change it first.</source>
        <translation>с этим лицом по-прежнему связана запись: {record}; сначала удалите или измените её.</translation>
    </message>
    <message>
        <source>{list}, {item}</source>
        <translation>{list}, {item}</translation>
    </message>
    <message>
        <source>{list} and {item}</source>
        <translation>{list} и {item}</translation>
    </message>
    <message>
        <source>{records} still refer to this person; remove or change them first.</source>
        <translation>с этим лицом по-прежнему связаны записи: {records}; сначала удалите или измените их.</translation>
    </message>
    <message>
        <source>there is no case {number}.</source>
        <translation>дело {number} не найдено.</translation>
    </message>
    <message>
        <source>that is this case; a relative&apos;s own case is another one.</source>
        <translation>это номер текущего дела; отдельное дело родственника — другое дело.</translation>
    </message>
    <message>
        <source>a document number needs at least one letter or digit.</source>
        <translation>номер документа должен содержать хотя бы одну букву или цифру.</translation>
    </message>
    <message>
        <source>the issue date cannot be in the future.</source>
        <translation>дата выдачи не может быть в будущем.</translation>
    </message>
    <message>
        <source>the expiry date is before the issue date.</source>
        <translation>срок действия истекает раньше даты выдачи.</translation>
    </message>
    <message>
        <source>that person is not in this case.</source>
        <translation>этого лица нет в данном деле.</translation>
    </message>
    <message>
        <source>the crossing date cannot be in the future.</source>
        <translation>дата пересечения не может быть в будущем.</translation>
    </message>
    <message>
        <source>the verdict date cannot be in the future.</source>
        <translation>дата приговора не может быть в будущем.</translation>
    </message>
    <message>
        <source>the date of the ruling cannot be in the future.</source>
        <translation>дата решения суда не может быть в будущем.</translation>
    </message>
    <message>
        <source>the date must lie between registration and today.</source>
        <translation>дата должна быть не раньше даты регистрации и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>the issue date cannot be before the petition was registered.</source>
        <translation>дата выдачи не может быть раньше даты регистрации ходатайства.</translation>
    </message>
    <message>
        <source>the renewal cannot predate certificate {number}, issued on {date}, which it replaces.</source>
        <translation>продлённое свидетельство не может быть выдано раньше заменяемого им свидетельства № {number}, выданного {date}.</translation>
    </message>
    <message>
        <source>{ground} is listed twice.</source>
        <extracomment>What the first bytes of a file must look like for the type it claims to be.</extracomment>
        <translation>основание «{ground}» указано дважды.</translation>
    </message>
    <message>
        <source>the incident cannot end before it starts.</source>
        <translation>случай преследования не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>that evidence is not in this case.</source>
        <translation>этого доказательства нет в данном деле.</translation>
    </message>
    <message>
        <source>the file could not be read; choose it again.</source>
        <translation>не удалось прочитать файл; выберите его снова.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>файл пуст.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be attached. Scan at a lower resolution or split it.</source>
        <translation>размер файла — {size} МБ, а прикрепить можно не более {limit} МБ. Отсканируйте его с меньшим разрешением или разделите на части.</translation>
    </message>
    <message>
        <source>files of type {type} cannot be attached; use PDF, JPEG, PNG, TIFF or text.</source>
        <translation>файлы типа {type} прикреплять нельзя; используйте PDF, JPEG, PNG, TIFF или текстовые файлы.</translation>
    </message>
    <message>
        <source>the file is not a readable {kind} (its header is wrong); it may be damaged. Scan or save it again.</source>
        <translation>файл не читается как {kind} (неверный заголовок файла); возможно, он повреждён. Отсканируйте или сохраните его заново.</translation>
    </message>
    <message>
        <source>the text file is not UTF-8; save it as UTF-8.</source>
        <translation>текстовый файл не в кодировке UTF-8; сохраните его в UTF-8.</translation>
    </message>
    <message>
        <source>the stored file does not match its hash; run “pana db verify”.</source>
        <translation>сохранённый файл не соответствует своей контрольной сумме; выполните команду «pana db verify».</translation>
    </message>
    <message>
        <source>“{code}” is not in the list of articles.</source>
        <translation>«{code}» нет в перечне статей.</translation>
    </message>
    <message>
        <source>Record the credibility finding: {finding}</source>
        <translation>Укажите вывод о достоверности: {finding}</translation>
    </message>
    <message>
        <source>there is no drafted assessment to submit.</source>
        <translation>нет проекта заключения, который можно направить на утверждение.</translation>
    </message>
    <message>
        <source>the decision date must lie between the registration and today.</source>
        <translation>дата решения должна быть не раньше даты регистрации и не позже сегодняшнего дня.</translation>
    </message>
    <message>
        <source>a decision cannot be served before it was taken.</source>
        <translation>решение не может быть вручено раньше, чем принято.</translation>
    </message>
    <message>
        <source>the date cannot be in the future.</source>
        <translation>дата не может быть в будущем.</translation>
    </message>
    <message>
        <source>certificate {number} was already issued for this decision; reprint or replace it.</source>
        <translation>по этому решению уже выдано удостоверение беженца № {number}; напечатайте его повторно или замените.</translation>
    </message>
    <message>
        <source>an extension must be applied for before the status ends.</source>
        <translation>заявление о продлении должно быть подано до окончания срока действия статуса.</translation>
    </message>
    <message>
        <source>record the court&apos;s outcome: upheld or successful.</source>
        <translation>укажите решение суда: отказ оставлен в силе или жалоба удовлетворена.</translation>
    </message>
    <message>
        <source>close a case as withdrawn, abandoned or final refusal.</source>
        <translation>дело можно закрыть только по одному из оснований: ходатайство отозвано, заявитель перестал являться или окончательный отказ.</translation>
    </message>
    <message>
        <source>only a refused case closes as a final refusal.</source>
        <translation>как окончательный отказ можно закрыть только дело со статусом «Отказано».</translation>
    </message>
    <message>
        <source>the new date must be later than the current one.</source>
        <translation>новая дата должна быть позже текущей.</translation>
    </message>
    <message>
        <source>the decision is due by {date} at the latest (the longest extension).</source>
        <translation>решение должно быть принято не позднее {date} (с учётом максимального продления).</translation>
    </message>
    <message>
        <source>a case cannot be a duplicate of itself.</source>
        <extracomment>How many cases the name search may hand to the fine comparison.</extracomment>
        <translation>дело не может быть дубликатом самого себя.</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (a wrong byte at position {position}); it is not a Pana case file, or it was damaged. Export it again.</source>
        <translation>файл не является текстом в кодировке UTF-8 (неверный байт в позиции {position}); это не файл дела Pana, или он повреждён. Экспортируйте его заново.</translation>
    </message>
    <message>
        <source>the key “{key}” appears twice in one object; a Pana export never does this, so the file was edited. Export it again.</source>
        <translation>ключ «{key}» встречается в одном объекте дважды; при экспорте из Pana так не бывает, значит, файл редактировали. Экспортируйте его заново.</translation>
    </message>
    <message>
        <source>the file is not valid JSON ({problem} at line {line}, column {column}); it may be cut short or edited by hand. Export it again.</source>
        <translation>файл не является корректным JSON ({problem}, строка {line}, столбец {column}); возможно, он обрезан или изменён вручную. Экспортируйте его заново.</translation>
    </message>
    <message>
        <source>the file is nested too deeply to read; it is not a Pana case file.</source>
        <translation>у файла слишком глубокая вложенность, его невозможно прочитать; это не файл дела Pana.</translation>
    </message>
    <message>
        <source>the file cannot be read as JSON ({problem}); it is not a Pana case file.</source>
        <translation>файл не удаётся прочитать как JSON ({problem}); это не файл дела Pana.</translation>
    </message>
    <message>
        <source>case {number} appears twice in this file; keep one.</source>
        <extracomment>A reference to a record of the same case: (path, section, id, uniqueness group or &quot;&quot;).</extracomment>
        <translation>дело {number} встречается в этом файле дважды; оставьте одно.</translation>
    </message>
    <message>
        <source>case {number} already exists in this database; it was probably imported before. Remove it from the file, or import into another database.</source>
        <translation>дело {number} уже есть в этой базе данных; вероятно, оно было импортировано ранее. Удалите его из файла или импортируйте в другую базу данных.</translation>
    </message>
    <message>
        <source>a case with this id already exists in this database (perhaps under another number); it was probably imported before. Remove it from the file, or import into another database.</source>
        <translation>дело с таким идентификатором уже есть в этой базе данных (возможно, под другим номером); вероятно, оно было импортировано ранее. Удалите его из файла или импортируйте в другую базу данных.</translation>
    </message>
    <message>
        <source>a record ({table}) with the id {id} already exists in this database; this part was probably imported before. Remove it from the file, or import into another database.</source>
        <translation>запись ({table}) с идентификатором {id} уже есть в этой базе данных; вероятно, эта часть была импортирована ранее. Удалите её из файла или импортируйте в другую базу данных.</translation>
    </message>
    <message>
        <source>certificate number {number} already exists in this database; certificate numbers are unique, so this certificate was probably imported before.</source>
        <translation>документ № {number} уже есть в этой базе данных; номера свидетельств и удостоверений не повторяются, поэтому этот документ, вероятно, был импортирован ранее.</translation>
    </message>
    <message>
        <source>case {number} is neither in this file nor in this database; import that case too, or clear “own_case”.</source>
        <translation>дела {number} нет ни в этом файле, ни в этой базе данных; импортируйте и это дело или очистите поле «own_case».</translation>
    </message>
    <message>
        <source>{count} further problems are not listed; fix these and import again to see the rest.</source>
        <translation>не показано ещё ошибок: {count}; исправьте показанные и повторите импорт, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>the file {path} does not exist; check its name and folder.</source>
        <extracomment>Rows per INSERT statement: executemany over many rows, without holding every bound row.</extracomment>
        <translation>файл {path} не существует; проверьте его имя и папку.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported at once. Export fewer cases per file (e.g. by status) and import the files one by one.</source>
        <translation>размер файла — {size} МБ, а за один раз можно импортировать не более {limit} МБ. Экспортируйте в каждый файл меньше дел (например, по статусам) и импортируйте файлы по одному.</translation>
    </message>
    <message>
        <source>the file {path} cannot be read ({problem}).</source>
        <translation>не удаётся прочитать файл {path} ({problem}).</translation>
    </message>
    <message>
        <source>choose female, male or unknown.</source>
        <translation>выберите: женский, мужской или неизвестно.</translation>
    </message>
    <message>
        <source>applicant</source>
        <extracomment>The records named in &quot;not found&quot; and conflict messages, as the interface says them.</extracomment>
        <translation>заявитель</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>заключение</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>свидетельство или удостоверение</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>доводы заявителя</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>доказательство</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>собеседование</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>представитель</translation>
    </message>
    <message>
        <source>this interpreter works for the applicant&apos;s representative; choose an independent interpreter.</source>
        <translation>этот переводчик связан с представителем заявителя; выберите независимого переводчика.</translation>
    </message>
    <message>
        <source>the interview cannot end before it starts.</source>
        <translation>собеседование не может закончиться раньше, чем началось.</translation>
    </message>
    <message>
        <source>a held interview cannot start in the future.</source>
        <translation>проведённое собеседование не может начинаться в будущем.</translation>
    </message>
    <message>
        <source>that interpreter is not registered.</source>
        <translation>этот переводчик не зарегистрирован.</translation>
    </message>
    <message>
        <source>only a scheduled interview can be a no-show.</source>
        <translation>неявку можно отметить только для назначенного собеседования.</translation>
    </message>
    <message>
        <source>“{value}” is not a document language; choose one of {allowed}.</source>
        <extracomment>Register number prefixes: &lt;region&gt;-&lt;prefix&gt;-&lt;year&gt;-&lt;sequence&gt;. Which statuses still need the asylum-seeker certificate (and so its receipt).</extracomment>
        <translation>«{value}» не является языком документа; выберите один из вариантов: {allowed}.</translation>
    </message>
    <message>
        <source>that is not a refugee certificate.</source>
        <translation>это не удостоверение беженца.</translation>
    </message>
    <message>
        <source>the document was issued on {date}; it cannot have been handed over before.</source>
        <translation>документ выдан {date}; его не могли вручить раньше этой даты.</translation>
    </message>
    <message>
        <source>the number of days cannot be negative.</source>
        <translation>количество дней не может быть отрицательным.</translation>
    </message>
    <message>
        <source>enter the certificate number (or the QR text).</source>
        <translation>введите номер свидетельства или удостоверения (или текст QR-кода).</translation>
    </message>
    <message>
        <source>enter the verification code printed on the certificate.</source>
        <translation>введите код проверки, напечатанный на документе.</translation>
    </message>
    <message>
        <source>give a number of years from 1 to {maximum}.</source>
        <extracomment>Markers for a column&apos;s new value. Anonymise: column → new value (TEXT, NULL or a literal), or DELETE. Purge: DELETE, or _Keep(column → new value) for rows the registers need. In an order that deletes children before their parents (purge). Tables whose rows of a purged case stay (changed as ``_Keep`` says). Whole years since the case was closed. Anonymised already (it may still be purged). Cases closed on or before this day are eligible. Rows of these cases per table (only tables with rows). Rows changed (anonymise) or deleted or blanked (purge), per table.</extracomment>
        <translation>укажите количество лет от 1 до {maximum}.</translation>
    </message>
    <message>
        <source>name at least one case.</source>
        <translation>укажите хотя бы одно дело.</translation>
    </message>
    <message>
        <source>choose anonymise or purge.</source>
        <translation>выберите обезличивание или уничтожение.</translation>
    </message>
    <message>
        <source>there is no such case.</source>
        <translation>такого дела нет.</translation>
    </message>
    <message>
        <source>the case is not closed.</source>
        <translation>дело не закрыто.</translation>
    </message>
    <message>
        <source>closed on {date}: less than {years} years ago.</source>
        <translation>закрыто {date}: срок хранения (лет: {years}) ещё не истёк.</translation>
    </message>
    <message>
        <source>the case is checked out to a laptop; check it in (or release it) first.</source>
        <translation>дело выдано на ноутбук; сначала верните его (или отзовите).</translation>
    </message>
    <message>
        <source>the case is purged already.</source>
        <translation>дело уже уничтожено.</translation>
    </message>
    <message>
        <source>the case is anonymised already.</source>
        <translation>дело уже обезличено.</translation>
    </message>
    <message>
        <source>give a whole number of minutes from {low} to {high}.</source>
        <translation>укажите целое число минут от {low} до {high}.</translation>
    </message>
    <message>
        <source>there is no deadline setting “{name}”.</source>
        <translation>настройки срока «{name}» не существует.</translation>
    </message>
    <message>
        <source>a period must be at least 1.</source>
        <translation>срок должен быть не меньше 1.</translation>
    </message>
    <message>
        <source>there is no setting “{name}”; use documents.&lt;field&gt;.&lt;language&gt; with field one of {fields} and language one of {languages}.</source>
        <extracomment>Profile texts a document prints; each may be set per language (kk, ru, en). The commission&apos;s address prints on a few lines of the letterhead.</extracomment>
        <translation>настройки «{name}» не существует; используйте вид documents.&lt;поле&gt;.&lt;язык&gt;, где поле — одно из: {fields}, а язык — один из: {languages}.</translation>
    </message>
    <message>
        <source>the letterhead must be a PNG or JPEG image.</source>
        <translation>бланк должен быть изображением в формате PNG или JPEG.</translation>
    </message>
    <message>
        <source>the image has {size} bytes; the limit is {limit}. Save it smaller and try again.</source>
        <translation>размер изображения — {size} байт, а допускается не более {limit} байт. Сохраните его в меньшем размере и повторите попытку.</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and import that.</source>
        <translation>это таблица OpenDocument (.ods); сохраните её в формате .xlsx или CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>this is an old Excel workbook (.xls); open it in Excel or LibreOffice, save it as .xlsx, and import that file.</source>
        <translation>это книга Excel старого формата (.xls); откройте её в Excel или LibreOffice, сохраните в формате .xlsx и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook (it may be damaged, or another kind of file renamed); open it in Excel and save it again as .xlsx.</source>
        <translation>файл не является книгой XLSX (возможно, он повреждён или это переименованный файл другого типа); откройте его в Excel и снова сохраните в формате .xlsx.</translation>
    </message>
    <message>
        <source>Pana imports .xlsx workbooks and .csv files, not “{suffix}” files.</source>
        <translation>Pana импортирует только книги .xlsx и файлы .csv, но не файлы «{suffix}».</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB can be imported at once. Split the register into several files (e.g. by year) and import them one by one.</source>
        <translation>размер файла — {size} MB, а за один раз можно импортировать не более {limit} MB. Разделите реестр на несколько файлов (например, по годам) и импортируйте их по одному.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>the file is not a readable XLSX workbook (it may be damaged); open it in Excel and save it again as .xlsx.</source>
        <translation>файл не удаётся прочитать как книгу XLSX (возможно, он повреждён); откройте его в Excel и снова сохраните в формате .xlsx.</translation>
    </message>
    <message>
        <source>the workbook would unpack to {size} MB, more than the {limit} MB Pana reads; the file may be damaged or made to overload the computer. Save the register again, or split it.</source>
        <translation>в распакованном виде книга займёт {size} MB — больше, чем {limit} MB, которые читает Pana; возможно, файл повреждён или создан, чтобы перегрузить компьютер. Сохраните реестр заново или разделите его.</translation>
    </message>
    <message>
        <source>the workbook has no sheet.</source>
        <extracomment>A row as read: its number and the value of each column (index -&gt; value).</extracomment>
        <translation>в книге нет ни одного листа.</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>в книге нет листа «{sheet}»; в ней есть листы: {sheets}.</translation>
    </message>
    <message>
        <source>the workbook is too large to read here; save the register as CSV and import that file.</source>
        <extracomment>A workbook read the ordinary way (``_parse_loaded``) may be at most this large.</extracomment>
        <translation>книга слишком велика, чтобы прочитать её здесь; сохраните реестр в формате CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>the sheet has values beyond column {limit}; a register has far fewer columns. Delete the columns that do not belong to it.</source>
        <translation>на листе есть значения за пределами столбца № {limit}; в реестре столбцов гораздо меньше. Удалите столбцы, которые к нему не относятся.</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split the register into several files (e.g. by year) and import them one by one.</source>
        <translation>число строк на листе превышает {limit}; разделите реестр на несколько файлов (например, по годам) и импортируйте их по одному.</translation>
    </message>
    <message>
        <source>the sheet merges more cells than Pana fills in ({limit}); unmerge the cells (Excel: Home › Merge › Unmerge) and save the register again.</source>
        <extracomment>Cells that merged ranges may fill in one sheet: a register merges a title, a header or a status over a few rows; a file merging millions of cells was made to keep Pana busy.</extracomment>
        <translation>на листе объединено больше ячеек, чем Pana может заполнить ({limit}); отмените объединение ячеек (Excel: Главная › Объединить › Отменить объединение) и сохраните реестр заново.</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1251 text; save it from Excel as “CSV UTF-8” and import that.</source>
        <translation>файл не является текстом ни в кодировке UTF-8, ни в Windows-1251; сохраните его из Excel в формате «CSV UTF-8» и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>the file holds NUL characters, so it is not a CSV text file; save the register from Excel as CSV and import that.</source>
        <translation>файл содержит символы NUL, поэтому это не текстовый файл CSV; сохраните реестр из Excel в формате CSV и импортируйте полученный файл.</translation>
    </message>
    <message>
        <source>the file cannot be read as CSV near line {line} ({problem}); save it from Excel as CSV again.</source>
        <translation>файл не удаётся прочитать как CSV: ошибка около строки {line} ({problem}); снова сохраните его из Excel в формате CSV.</translation>
    </message>
    <message>
        <source>the sheet has no column “{column}”; its headers are: {headers}.</source>
        <extracomment>What a register&apos;s status word tells. &quot;closed&quot; needs a reason (withdrawn/abandoned).</extracomment>
        <translation>на листе нет столбца «{column}»; заголовки его столбцов: {headers}.</translation>
    </message>
    <message>
        <source>a mapping file is a few lines of JSON; this one is too large.</source>
        <translation>файл сопоставления — это несколько строк JSON; этот файл слишком велик.</translation>
    </message>
    <message>
        <source>the mapping file is not valid UTF-8 JSON; see the example in the documentation.</source>
        <translation>файл сопоставления не является корректным JSON в кодировке UTF-8; см. пример в документации.</translation>
    </message>
    <message>
        <source>the mapping file must hold one JSON object with “columns”.</source>
        <translation>файл сопоставления должен содержать один объект JSON с ключом «columns».</translation>
    </message>
    <message>
        <source>the mapping file has keys Pana does not know: {keys}.</source>
        <translation>в файле сопоставления есть ключи, неизвестные Pana: {keys}.</translation>
    </message>
    <message>
        <source>the mapping file&apos;s “format” must be “pana-import-mapping”.</source>
        <translation>значение «format» в файле сопоставления должно быть «pana-import-mapping».</translation>
    </message>
    <message>
        <source>the mapping file needs “columns”: an object of column header (or letter) to field, and “sheet” must be text.</source>
        <translation>в файле сопоставления нужен ключ «columns» — объект, сопоставляющий заголовку (или букве) столбца поле, а значение «sheet» должно быть текстом.</translation>
    </message>
    <message>
        <source>“{key}” (for column “{column}”) is not a field; use one of: {fields}.</source>
        <translation>«{key}» (для столбца «{column}») не является полем; используйте одно из следующих: {fields}.</translation>
    </message>
    <message>
        <source>“date_formats” must be a list such as [&quot;dd.MM.yyyy&quot;, &quot;yyyy-MM-dd&quot;].</source>
        <translation>значение «date_formats» должно быть списком, например [&quot;dd.MM.yyyy&quot;, &quot;yyyy-MM-dd&quot;].</translation>
    </message>
    <message>
        <source>“distinct_rows” must be a list of row numbers.</source>
        <translation>значение «distinct_rows» должно быть списком номеров строк.</translation>
    </message>
    <message>
        <source>“{key}” is not a field; use one of: {fields}.</source>
        <translation>«{key}» не является полем; используйте одно из следующих: {fields}.</translation>
    </message>
    <message>
        <source>several columns are mapped to the same field ({fields}); map each field once.</source>
        <translation>несколько столбцов сопоставлены одному и тому же полю ({fields}); сопоставьте каждое поле только один раз.</translation>
    </message>
    <message>
        <source>no column holds the surname: map the full-name column (ФИО) or the surname column.</source>
        <translation>нет столбца с фамилией: сопоставьте столбец с полным именем (ФИО) или столбец с фамилией.</translation>
    </message>
    <message>
        <source>no column holds the date of registration; map it, as every case counts its deadlines from it.</source>
        <translation>нет столбца с датой регистрации; сопоставьте такой столбец, так как сроки каждого дела отсчитываются от этой даты.</translation>
    </message>
    <message>
        <source>“{format}” is not a date format; write the day as dd, the month as MM and the year as yyyy (or yy), e.g. dd.MM.yyyy.</source>
        <translation>«{format}» не является форматом даты; обозначьте день как dd, месяц — MM, год — yyyy (или yy), например dd.MM.yyyy.</translation>
    </message>
    <message>
        <source>the surname is empty; every row needs the person&apos;s surname (a person with a single name: write it as the surname).</source>
        <extracomment>The petition&apos;s validation keys and the import field each belongs to. &quot;№ 12&quot;, &quot;No. 12&quot;, &quot;Nr 12&quot;: the notes write &quot;№ &quot; before the old number themselves.</extracomment>
        <translation>фамилия не заполнена; в каждой строке нужна фамилия (если у человека только одно имя, запишите его как фамилию).</translation>
    </message>
    <message>
        <source>“{value}” is not a sex Pana knows; write male or female (м/ж, ер/әйел, M/F).</source>
        <translation>«{value}» — неизвестное Pana значение пола; укажите мужской или женский (м/ж, ер/әйел, M/F).</translation>
    </message>
    <message>
        <source>“{value}” is not a date in any of the formats {formats} (nor a year such as 1985).</source>
        <translation>«{value}» не является датой ни в одном из форматов {formats} (и не является годом, например 1985).</translation>
    </message>
    <message>
        <source>a closed case needs the date it was closed; add it in a “Date closed” column.</source>
        <translation>для закрытого дела нужна дата закрытия; укажите её в столбце «Дата закрытия».</translation>
    </message>
    <message>
        <source>the case cannot be closed ({closed}) before it was registered ({registered}).</source>
        <translation>дело не может быть закрыто ({closed}) раньше, чем зарегистрировано ({registered}).</translation>
    </message>
    <message>
        <source>the row gives a date closed, but its status says the petition is pending; clear one of the two.</source>
        <translation>в строке указана дата закрытия, но по статусу ходатайство ещё на рассмотрении; очистите одно из двух значений.</translation>
    </message>
    <message>
        <source>{date} lies before {year}; check the year.</source>
        <translation>дата {date} раньше {year} года; проверьте год.</translation>
    </message>
    <message>
        <source>the date closed cannot be in the future.</source>
        <translation>дата закрытия не может быть в будущем.</translation>
    </message>
    <message>
        <source>the date of registration is empty; every row needs it, as the case&apos;s deadlines count from it.</source>
        <translation>дата регистрации не заполнена; она нужна в каждой строке, так как от неё отсчитываются сроки дела.</translation>
    </message>
    <message>
        <source>“{value}” is not a date in any of the formats {formats}.</source>
        <translation>«{value}» не является датой ни в одном из форматов {formats}.</translation>
    </message>
    <message>
        <source>“{value}” is not a country Pana knows; write its name or its three-letter code (CHN, AFG, UZB …), or “stateless”.</source>
        <translation>«{value}» — неизвестная Pana страна; укажите её название или трёхбуквенный код (CHN, AFG, UZB …) либо «лицо без гражданства».</translation>
    </message>
    <message>
        <source>“{value}” is not a status Pana knows. Pending petitions: registered or under examination; closed ones: withdrawn or abandoned (with the date closed).</source>
        <translation>«{value}» — неизвестный Pana статус. Для ходатайств на рассмотрении: «зарегистрировано» или «на рассмотрении»; для закрытых: «отозвано» или «неявка» (с датой закрытия).</translation>
    </message>
    <message>
        <source>“{value}” records a decision, which a register row cannot bring in: Pana keeps a decision with its assessment, legal basis and approving supervisor. Import such cases from a Pana case file, or leave the row out and record the decision in Pana.</source>
        <translation>«{value}» означает решение, а строка реестра не может его перенести: Pana хранит решение вместе с заключением, правовым основанием и утвердившим его руководителем. Импортируйте такие дела из файла дела Pana или исключите эту строку и внесите решение в Pana.</translation>
    </message>
    <message>
        <source>“{value}” is a step Pana records itself, with its record (the interview, the assessment); import the row as “under examination” and take the step in Pana.</source>
        <translation>«{value}» — шаг, который Pana записывает сама, вместе с его записью (собеседование, заключение); импортируйте строку как «на рассмотрении» и выполните этот шаг в Pana.</translation>
    </message>
    <message>
        <source>a closed case needs its reason: withdrawn or abandoned (in the status or a “Reason for closing” column); “{value}” does not say which.</source>
        <translation>для закрытого дела нужна причина закрытия: «отозвано» или «неявка» (в статусе или в столбце «Причина закрытия»); из «{value}» она не ясна.</translation>
    </message>
    <message>
        <source>“{name}” names several officers; write the officer&apos;s user name.</source>
        <translation>«{name}» соответствует нескольким специалистам; укажите имя пользователя специалиста.</translation>
    </message>
    <message>
        <source>“{name}” is not an active officer; write an officer&apos;s user name or display name, or leave the cell empty to assign the case to yourself.</source>
        <translation>«{name}» не является активным специалистом; укажите имя пользователя или ФИО специалиста либо оставьте ячейку пустой, чтобы назначить дело себе.</translation>
    </message>
    <message>
        <source>may be the same person as row {other} ({reasons}); keep one of the two rows, or confirm that they are different people.</source>
        <translation>возможно, это тот же человек, что и в строке {other} ({reasons}); оставьте одну из двух строк или подтвердите, что это разные люди.</translation>
    </message>
    <message>
        <source>the end of the period cannot be before its start.</source>
        <extracomment>The age buckets of pending cases, in order, and the months that bound them. Statuses in which a refugee status is in force (its end is ``status_valid_to``). Closures that end a case without a decision on the merits. How many months ``expiring`` looks ahead of ``date_to``. Decisions on extending a status in the period, by Outcome value, most first. The day the pending cases and their ages are counted at (date_to, or today). The indexes the statistics read (migration 0007). Named in the SQL (``INDEXED BY``): without statistics of its own SQLite prefers the unique index on the same first column, which would make it read a table row per case.</extracomment>
        <translation>конец периода не может быть раньше его начала.</translation>
    </message>
    <message>
        <source>this is not a laptop&apos;s request file; on the laptop, choose Offline → Ask for cases… and bring the file it writes.</source>
        <extracomment>At most this many new petitions per quota, and this long out.</extracomment>
        <translation>это не файл запроса с ноутбука; на ноутбуке выберите в меню «Автономно» пункт «Запросить дела…» и принесите созданный файл.</translation>
    </message>
    <message>
        <source>the laptop&apos;s request is for “{name}”, who is not an active officer or supervisor here; the laptop&apos;s user must have the same user name as at the office.</source>
        <translation>запрос с ноутбука оформлен на «{name}», но здесь нет такого активного специалиста или руководителя; имя пользователя на ноутбуке должно совпадать с именем пользователя в офисе.</translation>
    </message>
    <message>
        <source>the return date must be today or later.</source>
        <translation>дата возврата не может быть раньше сегодняшнего дня.</translation>
    </message>
    <message>
        <source>cases can be out for at most {days} days; choose an earlier return date.</source>
        <translation>дела можно выдать не более чем на {days} календарных дней; выберите более раннюю дату возврата.</translation>
    </message>
    <message>
        <source>the quota of new petitions must be between 0 and {limit}.</source>
        <translation>квота новых ходатайств должна быть от 0 до {limit}.</translation>
    </message>
    <message>
        <source>choose at least one case, or give a quota of new petitions.</source>
        <translation>выберите хотя бы одно дело или укажите квоту новых ходатайств.</translation>
    </message>
    <message>
        <source>an officer checks cases out to their own laptop only; this request is for “{name}”.</source>
        <translation>специалист может выдавать дела только на свой ноутбук; этот запрос оформлен на «{name}».</translation>
    </message>
    <message>
        <source>case {number} is already checked out (to “{device}” until {until}); check it in first.</source>
        <translation>дело {number} уже выдано на ноутбук («{device}», срок возврата — {until}); сначала верните его.</translation>
    </message>
    <message>
        <source>say why the case is released before its laptop brings it back.</source>
        <translation>укажите, почему дело отзывается до того, как ноутбук его вернёт.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Scan or paste the QR code&apos;s text, or type the certificate number and the verification code printed on it.</source>
        <translation>Отсканируйте или вставьте текст QR-кода либо введите номер свидетельства или удостоверения и напечатанный на нём код проверки.</translation>
    </message>
    <message>
        <source>QR code text</source>
        <translation>Текст QR-кода</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Код проверки</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Проверить документ</translation>
    </message>
    <message>
        <source>&amp;QR text:</source>
        <translation>&amp;Текст QR-кода:</translation>
    </message>
    <message>
        <source>Certificate &amp;number:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <source>Verification co&amp;de:</source>
        <translation>&amp;Код проверки:</translation>
    </message>
    <message>
        <source>Certificate {number} is genuine and valid until {date}.</source>
        <translation>Документ № {number} подлинный и действителен до {date}.</translation>
    </message>
    <message>
        <source>Certificate {number} is genuine, but it expired on {date}.</source>
        <translation>Документ № {number} подлинный, но срок его действия истёк {date}.</translation>
    </message>
    <message>
        <source>Certificate {number} was replaced by certificate {new}; only the new certificate is valid.</source>
        <translation>Документ № {number} заменён документом № {new}; действителен только новый документ.</translation>
    </message>
    <message>
        <source>Certificate {number} was voided; it is not valid.</source>
        <translation>Документ № {number} аннулирован; он недействителен.</translation>
    </message>
    <message>
        <source>No certificate has this number and code. Check what you typed; if it is right, the certificate is not genuine.</source>
        <translation>Документа с таким номером и кодом нет. Проверьте введённые данные; если они верны, документ не является подлинным.</translation>
    </message>
    <message>
        <source>issued on {date}</source>
        <translation>выдано {date}</translation>
    </message>
    <message>
        <source>valid to {date}</source>
        <translation>действительно до {date}</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Officer</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Делопроизводитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Раса</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Вероисповедание</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Membership of a particular social group</source>
        <translation>Принадлежность к определённой социальной группе</translation>
    </message>
    <message>
        <source>Political opinion</source>
        <translation>Политические убеждения</translation>
    </message>
    <message>
        <source>Kazakh (Cyrillic)</source>
        <translation>Казахская кириллица</translation>
    </message>
    <message>
        <source>Russian (Cyrillic)</source>
        <translation>Русская кириллица</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>Китайские иероглифы</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>Арабская графика</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальное</translation>
    </message>
    <message>
        <source>As in passport</source>
        <translation>Как в паспорте</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Иное имя</translation>
    </message>
    <message>
        <source>Previous name</source>
        <translation>Прежнее имя</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Проездной документ</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Иной документ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Иной родственник</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государственный</translation>
    </message>
    <message>
        <source>Non-state</source>
        <translation>Негосударственный</translation>
    </message>
    <message>
        <source>State and non-state</source>
        <translation>Государственный и негосударственный</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Camp (“re-education”)</source>
        <translation>Лагерь «перевоспитания»</translation>
    </message>
    <message>
        <source>Torture or ill-treatment</source>
        <translation>Пытки или жестокое обращение</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Угрозы</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Слежка</translation>
    </message>
    <message>
        <source>Family members targeted</source>
        <translation>Преследование членов семьи</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Сканированный документ</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Court paper</source>
        <translation>Судебный документ</translation>
    </message>
    <message>
        <source>Country-of-origin report</source>
        <translation>Доклад о стране происхождения</translation>
    </message>
    <message>
        <source>Medical report</source>
        <translation>Медицинское заключение</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Asylum-seeker certificate</source>
        <translation>Свидетельство лица, ищущего убежище</translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation>Удостоверение беженца</translation>
    </message>
    <message>
        <source>Receipt / asylum-seeker certificate</source>
        <translation>Свидетельство лица, ищущего убежище</translation>
    </message>
    <message>
        <source>Interview record</source>
        <translation>Протокол собеседования</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Recognition as a refugee</source>
        <translation>Присвоение статуса беженца</translation>
    </message>
    <message>
        <source>Refusal of refugee status</source>
        <translation>Отказ в присвоении статуса беженца</translation>
    </message>
    <message>
        <source>Extension of refugee status</source>
        <translation>Продление срока действия статуса беженца</translation>
    </message>
    <message>
        <source>Refusal to extend refugee status</source>
        <translation>Отказ в продлении срока действия статуса беженца</translation>
    </message>
    <message>
        <source>Termination of the examination</source>
        <translation>Прекращение рассмотрения ходатайства</translation>
    </message>
    <message>
        <source>Cessation of refugee status</source>
        <translation>Прекращение статуса беженца</translation>
    </message>
    <message>
        <source>Revocation of refugee status</source>
        <translation>Лишение статуса беженца</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительно</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Срок действия истёк</translation>
    </message>
    <message>
        <source>Replaced by a newer certificate</source>
        <translation>Заменено новым документом</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулировано</translation>
    </message>
    <message>
        <source>Not genuine: no certificate has this number and code</source>
        <translation>Не является подлинным: документа с таким номером и кодом нет</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <source>Refugee status</source>
        <extracomment>The current user&apos;s own drafts: they cannot approve them.</extracomment>
        <translation>Статус беженца</translation>
    </message>
    <message>
        <source>Extension of status</source>
        <translation>Продление срока действия статуса</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Направлено на утверждение</translation>
    </message>
    <message>
        <source>Returned with comments</source>
        <translation>Возвращено с замечаниями</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Установлено</translation>
    </message>
    <message>
        <source>Partly established</source>
        <translation>Установлено частично</translation>
    </message>
    <message>
        <source>Not established</source>
        <translation>Не установлено</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>Handed over in person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>По почте</translation>
    </message>
    <message>
        <source>Through the representative</source>
        <translation>Через представителя</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>В электронной форме</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Истечение срока действия</translation>
    </message>
    <message>
        <source>Cessation</source>
        <translation>Прекращение статуса</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Лишение статуса</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Refusal upheld</source>
        <translation>Отказ оставлен в силе</translation>
    </message>
    <message>
        <source>Appeal successful</source>
        <translation>Жалоба удовлетворена</translation>
    </message>
    <message>
        <source>Appeal withdrawn</source>
        <translation>Жалоба отозвана</translation>
    </message>
    <message>
        <source>Petition withdrawn</source>
        <translation>Ходатайство отозвано</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Заявитель перестал являться</translation>
    </message>
    <message>
        <source>Final refusal</source>
        <translation>Окончательный отказ</translation>
    </message>
    <message>
        <source>Status ended</source>
        <translation>Действие статуса прекращено</translation>
    </message>
    <message>
        <source>Examination terminated</source>
        <translation>Рассмотрение ходатайства прекращено</translation>
    </message>
    <message>
        <source>Recognise as refugee</source>
        <translation>Присвоить статус беженца</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Прекратить рассмотрение</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ещё не оценено</translation>
    </message>
</context>
<context>
    <name>_Curtain</name>
    <message>
        <source>Pana is locked</source>
        <extracomment>Milliseconds in a minute of idle time (tests make minutes short). Input that shows somebody is at the keyboard.</extracomment>
        <translation>Pana заблокирована</translation>
    </message>
</context>
</TS>
