<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Accounts</name>
        <message>
            <source>The password must have at least %1 characters.</source>
            <translation>Пароль должен содержать не менее %1 символов.</translation>
        </message>
        <message>
            <source>A user name has 2 to 32 Latin letters, digits, dots, dashes or underscores.</source>
            <translation>Имя пользователя — от 2 до 32 латинских букв, цифр, точек, дефисов или знаков подчёркивания.</translation>
        </message>
        <message>
            <source>A branch code looks like KZ-ALA: country, dash, 2 to 6 letters or digits.</source>
            <translation>Код филиала имеет вид KZ-ALA: страна, дефис, от 2 до 6 букв или цифр.</translation>
        </message>
        <message>
            <source>Give the branch a name.</source>
            <translation>Укажите название филиала.</translation>
        </message>
        <message>
            <source>This branch is already set up.</source>
            <translation>Этот филиал уже настроен.</translation>
        </message>
        <message>
            <source>The user name %1 is taken.</source>
            <translation>Имя пользователя %1 уже занято.</translation>
        </message>
        <message>
            <source>There is no user %1.</source>
            <translation>Пользователь %1 не найден.</translation>
        </message>
        <message>
            <source>The branch needs at least one active administrator.</source>
            <translation>В филиале должен быть хотя бы один активный администратор.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Нельзя отключить собственную учётную запись.</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation>Добавить учётную запись сотрудника</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Отображаемое имя:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>R&amp;epeat password:</source>
            <translation>По&amp;вторите пароль:</translation>
        </message>
        <message>
            <source>Latin letters, e.g. aigerim.n</source>
            <translation>Латинскими буквами, например aigerim.n</translation>
        </message>
        <message>
            <source>Give the password to the person yourself; they can change it in Settings.</source>
            <translation>Передайте пароль сотруднику лично; он сможет сменить его в настройках.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
        </message>
    </context>
    <context>
        <name>AdministratorPage</name>
        <message>
            <source>The administrator</source>
            <translation>Администратор</translation>
        </message>
        <message>
            <source>The first account. It adds the other staff accounts later.</source>
            <translation>Первая учётная запись. Позже с неё добавляют учётные записи остальных сотрудников.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Отображаемое имя:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>По&amp;вторите пароль:</translation>
        </message>
        <message>
            <source>e.g. Aigerim Nurlanovna</source>
            <translation>например, Айгерим Нурлановна</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten password: keep it where the branch keeps its keys. At least 8 characters.</source>
            <translation>Забытый пароль никто не сможет восстановить: храните его там же, где филиал хранит ключи. Не менее 8 символов.</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Something went wrong inside Qamqor; what you were doing may not have been saved. If it happens again, tell your administrator.</source>
            <translation>В работе Qamqor произошла ошибка; то, что вы делали, могло не сохраниться. Если это повторится, сообщите администратору.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <source>Visitors</source>
            <translation>Посетители</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Направления</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Волонтёры</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Отчёты</translation>
        </message>
        <message>
            <source>Exchange with HQ</source>
            <translation>Обмен с центральным офисом</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Учётные записи</translation>
        </message>
        <message>
            <source>Registering walk-in visitors, finding returning ones by any spelling of their name, and logging each visit and its needs.</source>
            <translation>Регистрация посетителей, поиск повторно обратившихся при любом написании имени, учёт каждого посещения и его потребностей.</translation>
        </message>
        <message>
            <source>Referrals to clinics, legal aid, shelters and other services, their follow-up, and printed referral letters.</source>
            <translation>Направления в клиники, за юридической помощью, в приюты и другие службы, контроль их исполнения и печать направлений.</translation>
        </message>
        <message>
            <source>The volunteer register, shifts and assignments, hours worked, and printed rosters.</source>
            <translation>Реестр волонтёров, смены и поручения, отработанные часы и печать графиков.</translation>
        </message>
        <message>
            <source>Counts of visitors, visits, referrals and volunteer hours for the branch and for headquarters.</source>
            <translation>Число посетителей, посещений, направлений и часов работы волонтёров для филиала и центрального офиса.</translation>
        </message>
        <message>
            <source>Encrypted bundles of the branch's records for headquarters, and the answers that come back.</source>
            <translation>Зашифрованные пакеты записей филиала для центрального офиса и полученные ответы.</translation>
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
            <translation>Его код входит в номер каждой записи, например KZ-ALA-2026-000123.</translation>
        </message>
        <message>
            <source>Branch &amp;code:</source>
            <translation>&amp;Код филиала:</translation>
        </message>
        <message>
            <source>Country, dash, 2 to 6 letters or digits (KZ-ALA, KZ-SHY, KZ-AST).</source>
            <translation>Страна, дефис, от 2 до 6 букв или цифр (KZ-ALA, KZ-SHY, KZ-AST).</translation>
        </message>
        <message>
            <source>Branch &amp;name:</source>
            <translation>Наз&amp;вание филиала:</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role</source>
            <translation>Изменить роль</translation>
        </message>
        <message>
            <source>The role decides what %1 (%2) may see and do.</source>
            <translation>Роль определяет, что %1 (%2) может видеть и делать.</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Роль:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>ComingLaterPage</name>
        <message>
            <source>This part of Qamqor is coming in a later version. Nothing here works yet.</source>
            <translation>Этот раздел Qamqor появится в одной из следующих версий. Здесь пока ничего не работает.</translation>
        </message>
        <message>
            <source>Planned: %1</source>
            <translation>Планируется: %1</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Qamqor — set up this branch</source>
            <translation>Qamqor — настройка филиала</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Далее</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Create the branch</source>
            <translation>&amp;Создать филиал</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>The branch's database was brought up to date for this version of Qamqor. A copy of the previous one was kept first in %1.</source>
            <translation>База данных филиала обновлена для этой версии Qamqor. Перед этим копия прежней базы была сохранена в папке %1.</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Locked — enter the password of %1</source>
            <translation>Заблокировано — введите пароль пользователя %1</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Log out (another person can then log in)</source>
            <translation>Выйти (после этого может войти другой пользователь)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Qamqor — log in</source>
            <translation>Qamqor — вход</translation>
        </message>
        <message>
            <source>Qamqor</source>
            <translation>Qamqor</translation>
        </message>
        <message>
            <source>Log in with your user name and password.</source>
            <translation>Войдите, указав имя пользователя и пароль.</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
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
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Введите имя пользователя.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Введите пароль.</translation>
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
            <translation>Заблокировать</translation>
        </message>
        <message>
            <source>Branch %1 — %2</source>
            <translation>Филиал %1 — %2</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Введите пароль.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role (%1) may not do this.</source>
            <translation>Вашей роли (%1) это действие не разрешено.</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Set a new password</source>
            <translation>Задать новый пароль</translation>
        </message>
        <message>
            <source>A new password for %1 (%2). Their old password stops working.</source>
            <translation>Новый пароль для %1 (%2). Старый пароль перестанет действовать.</translation>
        </message>
        <message>
            <source>A new password for %1 (%2). This also enables the disabled account again.</source>
            <translation>Новый пароль для %1 (%2). Отключённая учётная запись при этом снова включается.</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Новый пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>По&amp;вторите пароль:</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Задать пароль</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the same password twice.</source>
            <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Receptionist</source>
            <translation>Регистратор</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>Социальный работник</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Координатор</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Директор</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Администратор</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>The idle lock must be between 1 and 60 minutes.</source>
            <translation>Время до блокировки при бездействии должно быть от 1 до 60 минут.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Interface language</source>
            <translation>Язык интерфейса</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>Applies at once and is remembered on this computer.</source>
            <translation>Применяется сразу и запоминается на этом компьютере.</translation>
        </message>
        <message>
            <source>Lock when idle</source>
            <translation>Блокировка при бездействии</translation>
        </message>
        <message>
            <source>Lock after (&amp;minutes):</source>
            <translation>Блокировать через (&amp;минут):</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message numerus="yes">
            <source>The window locks after %n minute(s) without use, and at once with Ctrl+L.</source>
            <translation>
                <numerusform>Окно блокируется через %n минуту бездействия, а по Ctrl+L — сразу.</numerusform>
                <numerusform>Окно блокируется через %n минуты бездействия, а по Ctrl+L — сразу.</numerusform>
                <numerusform>Окно блокируется через %n минут бездействия, а по Ctrl+L — сразу.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Ваш пароль</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Текущий пароль:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Новый пароль:</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>По&amp;вторите новый пароль:</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Сменить пароль</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Данные</translation>
        </message>
        <message>
            <source>This branch's files (encrypted database, key file, backups) and this computer's settings are kept in:</source>
            <translation>Файлы филиала (зашифрованная база данных, файл ключа, резервные копии) и настройки этого компьютера хранятся в папке:</translation>
        </message>
        <message>
            <source>The records themselves are on the database server %1.</source>
            <translation>Сами записи хранятся на сервере баз данных %1.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Сохранено.</translation>
        </message>
        <message>
            <source>Enter your current password.</source>
            <translation>Введите текущий пароль.</translation>
        </message>
        <message>
            <source>The two new passwords differ. Type the same password twice.</source>
            <translation>Новые пароли не совпадают. Введите один и тот же пароль дважды.</translation>
        </message>
        <message>
            <source>Your password was changed. Use the new one from now on.</source>
            <translation>Пароль изменён. Теперь используйте новый.</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Disabled</source>
            <translation>Отключена</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Активна</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Имя пользователя</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Отображаемое имя</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Add a user…</source>
            <translation>Добавить пользователя…</translation>
        </message>
        <message>
            <source>Set a new password…</source>
            <translation>Задать новый пароль…</translation>
        </message>
        <message>
            <source>Also enables a disabled account again.</source>
            <translation>Также снова включает отключённую учётную запись.</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>Изменить роль…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Отключить…</translation>
        </message>
        <message numerus="yes">
            <source>%n active user(s)</source>
            <translation>
                <numerusform>%n активный пользователь</numerusform>
                <numerusform>%n активных пользователя</numerusform>
                <numerusform>%n активных пользователей</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 can now log in as %2.</source>
            <translation>%1 теперь может входить под именем %2.</translation>
        </message>
        <message>
            <source>The password of %1 was changed.</source>
            <translation>Пароль пользователя %1 изменён.</translation>
        </message>
        <message>
            <source>Disable %1?</source>
            <translation>Отключить учётную запись %1?</translation>
        </message>
        <message>
            <source>%1 (%2) will no longer be able to log in.

Qamqor then gives the database a new key: copies of the database made from now on cannot be opened with their password. You can enable the account again later by setting a new password.</source>
            <translation>%1 (%2) больше не сможет войти в программу.

Затем Qamqor сменит ключ базы данных: копии базы, сделанные с этого момента, нельзя будет открыть паролем этого пользователя. Позже учётную запись можно снова включить, задав новый пароль.</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Отключить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>%1 was disabled; the database has a new key.</source>
            <translation>Учётная запись %1 отключена; у базы данных новый ключ.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Неверное имя пользователя или пароль.</translation>
        </message>
        <message>
            <source>Too many wrong passwords. This account is locked until %1.</source>
            <translation>Слишком много неверных паролей. Учётная запись заблокирована до %1.</translation>
        </message>
        <message>
            <source>The disk is full: %1 was not written. Free some space and try again.</source>
            <translation>Диск заполнен: не удалось записать %1. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Не удалось записать %1: %2</translation>
        </message>
        <message>
            <source>The key file of this branch is missing. Restore it from a backup.</source>
            <translation>Файл ключа филиала отсутствует. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>The key file of this branch is damaged. Restore it from a backup.</source>
            <translation>Файл ключа филиала повреждён. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>The key file was made by a newer Qamqor. Install the newer version.</source>
            <translation>Файл ключа создан более новой версией Qamqor. Установите новую версию.</translation>
        </message>
        <message>
            <source>This branch has no escrow key.</source>
            <translation>У этого филиала нет резервного ключа центрального офиса.</translation>
        </message>
        <message>
            <source>This escrow key does not open this branch.</source>
            <translation>Этот резервный ключ не подходит к этому филиалу.</translation>
        </message>
        <message>
            <source>This database was updated by a newer version of Qamqor (schema %1). Install the newer version; nothing was changed.</source>
            <translation>Эта база данных обновлена более новой версией Qamqor (схема %1). Установите новую версию; ничего не изменено.</translation>
        </message>
        <message>
            <source>The disk is full: nothing was saved. Free some space and try again.</source>
            <translation>Диск заполнен: ничего не сохранено. Освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>A branch already exists in %1.</source>
            <translation>В папке %1 уже есть филиал.</translation>
        </message>
        <message>
            <source>The database file is missing from %1.</source>
            <translation>В папке %1 нет файла базы данных.</translation>
        </message>
        <message>
            <source>The database does not open with this branch's key: the file is damaged or belongs to another key file. Restore both from a backup.</source>
            <translation>База данных не открывается ключом этого филиала: файл повреждён или относится к другому файлу ключа. Восстановите оба файла из резервной копии.</translation>
        </message>
        <message>
            <source>Could not copy the database aside before updating it: %1</source>
            <translation>Не удалось сохранить копию базы данных перед обновлением: %1</translation>
        </message>
        <message>
            <source>Cannot reach the database server: %1</source>
            <translation>Нет связи с сервером базы данных: %1</translation>
        </message>
    </context>
    <context>
        <name>Visitors</name>
        <message>
            <source>“%1” is not a date: write it as 31.12.1990 or 1990-12-31.</source>
            <translation>“%1” — это не дата: введите её в виде 31.12.1990 или 1990-12-31.</translation>
        </message>
        <message>
            <source>Give at least one name.</source>
            <translation>Укажите хотя бы одно имя.</translation>
        </message>
        <message>
            <source>Sex is female, male or not given.</source>
            <translation>Пол: женский, мужской или не указан.</translation>
        </message>
        <message>
            <source>Give the sex or the age (a birth date or an estimated year of birth).</source>
            <translation>Укажите пол или возраст (дату рождения или примерный год рождения).</translation>
        </message>
        <message>
            <source>The birth date cannot be in the future or before 1900.</source>
            <translation>Дата рождения не может быть в будущем или раньше 1900 года.</translation>
        </message>
        <message>
            <source>The year of birth must be between 1900 and %1.</source>
            <translation>Год рождения должен быть от 1900 до %1.</translation>
        </message>
        <message>
            <source>The arrival date cannot be in the future.</source>
            <translation>Дата прибытия не может быть в будущем.</translation>
        </message>
        <message>
            <source>A phone number has 7 to 15 digits, e.g. +7 701 234 56 78.</source>
            <translation>Номер телефона — от 7 до 15 цифр, например +7 701 234 56 78.</translation>
        </message>
        <message>
            <source>Unknown country code %1.</source>
            <translation>Неизвестный код страны %1.</translation>
        </message>
        <message>
            <source>Unknown document type %1.</source>
            <translation>Неизвестный тип документа %1.</translation>
        </message>
        <message>
            <source>Document number “%1”: 4 to 20 letters and digits.</source>
            <translation>Номер документа “%1”: от 4 до 20 букв и цифр.</translation>
        </message>
        <message>
            <source>Unknown language %1.</source>
            <translation>Неизвестный язык %1.</translation>
        </message>
        <message>
            <source>A household member needs a name and a relation.</source>
            <translation>Для члена семьи укажите имя и степень родства.</translation>
        </message>
        <message>
            <source>Someone else changed this record meanwhile. Open it again to see their change.</source>
            <translation>Тем временем эту запись изменил другой пользователь. Откройте её снова, чтобы увидеть изменения.</translation>
        </message>
        <message>
            <source>This visitor's record no longer exists.</source>
            <translation>Запись этого посетителя больше не существует.</translation>
        </message>
        <message>
            <source>Unknown need or service: %1</source>
            <translation>Неизвестная потребность или услуга: %1</translation>
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation>Выберите две разные записи для объединения.</translation>
        </message>
    </context>
    <context>
        <name>Vocab</name>
        <message>
            <source>Health</source>
            <translation>Здоровье</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>Юридическая помощь</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Жильё</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Family links</source>
            <translation>Семейные связи</translation>
        </message>
        <message>
            <source>Psychosocial support</source>
            <translation>Психосоциальная поддержка</translation>
        </message>
        <message>
            <source>Food or cash</source>
            <translation>Продукты или деньги</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Трудоустройство</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Information and advice</source>
            <translation>Информация и консультация</translation>
        </message>
        <message>
            <source>Food parcel</source>
            <translation>Продуктовый набор</translation>
        </message>
        <message>
            <source>Hygiene kit</source>
            <translation>Гигиенический набор</translation>
        </message>
        <message>
            <source>Cash assistance</source>
            <translation>Денежная помощь</translation>
        </message>
        <message>
            <source>First aid</source>
            <translation>Первая помощь</translation>
        </message>
        <message>
            <source>Psychosocial session</source>
            <translation>Психосоциальная сессия</translation>
        </message>
        <message>
            <source>Phone call to family</source>
            <translation>Звонок родственникам</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Interpretation</source>
            <translation>Устный перевод</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Паспорт</translation>
        </message>
        <message>
            <source>Identity card</source>
            <translation>Удостоверение личности</translation>
        </message>
        <message>
            <source>Residence permit</source>
            <translation>Вид на жительство</translation>
        </message>
        <message>
            <source>Migration card</source>
            <translation>Миграционная карта</translation>
        </message>
        <message>
            <source>Work permit</source>
            <translation>Разрешение на работу</translation>
        </message>
        <message>
            <source>Birth certificate</source>
            <translation>Свидетельство о рождении</translation>
        </message>
        <message>
            <source>Refugee certificate</source>
            <translation>Удостоверение беженца</translation>
        </message>
        <message>
            <source>Tazkira</source>
            <translation>Тазкира</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Другой документ</translation>
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
            <source>Brother or sister</source>
            <translation>Брат или сестра</translation>
        </message>
        <message>
            <source>Other relative</source>
            <translation>Другой родственник</translation>
        </message>
        <message>
            <source>Keeping a record of the person</source>
            <translation>Хранение сведений о человеке</translation>
        </message>
        <message>
            <source>Sharing details with services on referral</source>
            <translation>Передача сведений службам при направлении</translation>
        </message>
        <message>
            <source>Contact by phone</source>
            <translation>Связь по телефону</translation>
        </message>
        <message>
            <source>Anonymous statistics for headquarters</source>
            <translation>Анонимная статистика для центрального офиса</translation>
        </message>
        <message>
            <source>Labour migrant</source>
            <translation>Трудовой мигрант</translation>
        </message>
        <message>
            <source>Refugee</source>
            <translation>Беженец</translation>
        </message>
        <message>
            <source>Asylum seeker</source>
            <translation>Лицо, ищущее убежища</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>Лицо без гражданства</translation>
        </message>
        <message>
            <source>Returning ethnic Kazakh (kandas)</source>
            <translation>Этнический казах-репатриант (кандас)</translation>
        </message>
        <message>
            <source>Without valid status</source>
            <translation>Без законного статуса</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Гражданин</translation>
        </message>
        <message>
            <source>Native</source>
            <translation>Родной</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Хороший</translation>
        </message>
        <message>
            <source>Basic</source>
            <translation>Базовый</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Не владеет</translation>
        </message>
        <message>
            <source>Tuberculosis</source>
            <translation>Туберкулёз</translation>
        </message>
        <message>
            <source>HIV</source>
            <translation>ВИЧ</translation>
        </message>
        <message>
            <source>Chronic illness</source>
            <translation>Хроническое заболевание</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Беременность</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Инвалидность</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Психическое здоровье</translation>
        </message>
        <message>
            <source>Other medical need</source>
            <translation>Другая медицинская потребность</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Женский</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Мужской</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Qamqor</source>
            <translation>Добро пожаловать в Qamqor</translation>
        </message>
        <message>
            <source>This computer has no branch yet. The next two steps set it up.</source>
            <translation>На этом компьютере ещё нет филиала. Следующие два шага помогут его настроить.</translation>
        </message>
        <message>
            <source>Qamqor keeps the register of visitors, referrals and volunteers of one branch office. Everything is stored encrypted; only staff with an account can open it.</source>
            <translation>Qamqor ведёт реестр посетителей, направлений и волонтёров одного филиала. Все данные хранятся в зашифрованном виде; открыть их могут только сотрудники с учётной записью.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <source>The branch's data will be kept in:</source>
            <translation>Данные филиала будут храниться в папке:</translation>
        </message>
    </context>
</TS>
