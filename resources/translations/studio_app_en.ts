<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
  <context>
    <name>ActionDialog</name>
    <message>
      <location filename="studio_app/ui/action_dialog.py" line="308" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>ActionsTab</name>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="179" />
      <source>{number}（{status}）：{content}</source>
      <translation>{number} ({status}): {content}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="77" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="77" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="175" />
      <source>与群众诉求有关时，填写诉求编号，如 2025-0012</source>
      <translation>If it concerns a visitor request, enter the request number, e.g. 2025-0012</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="64" />
      <source>事项</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="60" />
      <source>会后要落实的事项，写明责任单位和完成期限；与某件群众诉求有关的，填上诉求编号。落实情况在会议纪要页用“跟踪事项”登记。</source>
      <translation>Actions to carry out after the meeting, with the responsible unit and deadline. If an action concerns a visitor request, enter the request number. Progress is recorded on the minutes page under “Follow-up actions”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="64" />
      <source>关联诉求编号</source>
      <translation>Linked request number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="76" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="64" />
      <source>完成期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="185" />
      <source>找不到编号为“{number}”的诉求</source>
      <translation>No request with the number “{number}” was found</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="154" />
      <source>未定</source>
      <translation>Not set</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="76" />
      <source>添加事项</source>
      <translation>Add action</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="64" />
      <source>落实情况</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="64" />
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="117" />
      <source>跟踪事项</source>
      <translation>Follow-up actions</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="102" />
      <source>跟踪事项第 {n} 项：找不到编号为“{number}”的诉求，请核对编号。</source>
      <translation>Follow-up action {n}: no request with the number “{number}” was found. Please check the number.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/actions_tab.py" line="210" />
      <source>跟踪事项（{n}）</source>
      <translation>Follow-up actions ({n})</translation>
    </message>
  </context>
  <context>
    <name>ActivityDialog</name>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="29" />
      <source>{name}的履职活动。接待日值班、走访、承办诉求、协商议事会议和跟踪落实事项由程序从记录中统计，不必在这里登记。</source>
      <translation>An activity of {name}. Reception-day duty, visits, requests handled, consultation meetings and follow-up actions are counted from the records: they need not be entered here.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="28" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="43" />
      <source>可不填</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="41" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="42" />
      <source>如：县政协十届三次全体会议、关于乡村道路的专题调研</source>
      <translation>e.g. the county CPPCC's plenary session, research on village roads</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="39" />
      <source>情况</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="67" />
      <source>扫描件或照片 (*.pdf *.jpg *.jpeg *.png)</source>
      <translation>Scans or photos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="40" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="46" />
      <source>添加附件…</source>
      <translation>Add attachment…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="28" />
      <source>登记履职活动</source>
      <translation>Record an activity</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="37" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="43" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="67" />
      <source>选择附件</source>
      <translation>Choose an attachment</translation>
    </message>
    <message>
      <location filename="studio_app/ui/activity_dialog.py" line="53" />
      <source>附件（扫描件或照片）</source>
      <translation>Attachments (scans or photos)</translation>
    </message>
  </context>
  <context>
    <name>AgendaTab</name>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="61" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="61" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="60" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="60" />
      <source>添加议程</source>
      <translation>Add agenda item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="54" />
      <source>讨论情况</source>
      <translation>Discussion</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="47" />
      <source>讨论情况：谁发言、说了什么。每位发言人另起一行，例如“李堃（县交通运输局）：……”</source>
      <translation>Discussion: who spoke and what they said. Start a new line for each speaker, e.g. “Li Kun (county transport bureau): …”</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="39" />
      <source>议程</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="150" />
      <source>议程（{n}）</source>
      <translation>Agenda ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="53" />
      <source>议题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="42" />
      <source>议题，例如：道路硬化方案和资金筹措</source>
      <translation>Topic, e.g. Road paving plan and funding</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agenda_tab.py" line="94" />
      <source>（未填写议题）</source>
      <translation>(no topic entered)</translation>
    </message>
  </context>
  <context>
    <name>AgreedTab</name>
    <message>
      <location filename="studio_app/ui/meeting_form/agreed_tab.py" line="35" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agreed_tab.py" line="35" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agreed_tab.py" line="22" />
      <source>会议议定的事项，一条一项。双击修改。</source>
      <translation>What the meeting agreed, one item per line. Double-click to edit.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agreed_tab.py" line="34" />
      <source>删除</source>
      <translation>Delete</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agreed_tab.py" line="34" />
      <source>添加一项</source>
      <translation>Add item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/agreed_tab.py" line="75" />
      <source>议定事项（{n}）</source>
      <translation>Agreed items ({n})</translation>
    </message>
  </context>
  <context>
    <name>ArchivePage</name>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="59" />
      <source>全部类型</source>
      <translation>All types</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/archive_page.py" line="127" />
      <source>共 %n 份</source>
      <translation>
        <numerusform>%n document</numerusform>
        <numerusform>%n documents</numerusform>
      </translation>
    </message>
    <message>
      <source>共 {n} 份</source>
      <translation type="vanished">{n} in all</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="62" />
      <source>存档日期</source>
      <translation>Archived date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="87" />
      <source>存档时间</source>
      <translation>Archived at</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="53" />
      <source>打开（打印、另存为）…</source>
      <translation>Open (print, save as)…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="93" />
      <source>扫描件</source>
      <translation>Scans</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="56" />
      <source>搜索标题、会议、经办人、修订原因、编号…</source>
      <translation>Search title, meeting, done by, revision reason, number…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="89" />
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="90" />
      <source>版本</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="139" />
      <source>第 {n} 版</source>
      <translation>Revision {n}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="88" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="91" />
      <source>经办人</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="78" />
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="54" />
      <source>附上签字扫描件…</source>
      <translation>Attach signed scan…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="92" />
      <source>页数</source>
      <translation>Pages</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="143" />
      <source>Excel 文件 (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="56" />
      <source>全部操作</source>
      <translation>All actions</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/audit_dialog.py" line="134" />
      <source>共 %n 条</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message>
      <source>共 {n} 条</source>
      <translation type="vanished">{n} in all</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="131" />
      <source>只显示最新的 {n} 条；请缩小日期范围或导出全部。</source>
      <translation>Showing only the latest {n}. Narrow the date range or export everything.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="90" />
      <source>对象</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="63" />
      <source>导出…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="141" />
      <source>导出操作日志</source>
      <translation>Export audit log</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/audit_dialog.py" line="155" />
      <source>已导出 %n 条操作记录到“{name}”。</source>
      <translation>
        <numerusform>Exported %n audit log entry to “{name}”.</numerusform>
        <numerusform>Exported %n audit log entries to “{name}”.</numerusform>
      </translation>
    </message>
    <message>
      <source>已导出 {n} 条操作记录到“{name}”。</source>
      <translation type="vanished">Exported {n} audit log entries to “{name}”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="51" />
      <source>按日期</source>
      <translation>By date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="61" />
      <source>搜索用户、对象或说明</source>
      <translation>Search user, item or details</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="81" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="48" />
      <source>操作日志</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="142" />
      <source>操作日志-{day}.xlsx</source>
      <translation>Audit log {day}.xlsx</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="87" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="160" />
      <source>正在导出操作日志…</source>
      <translation>Exporting the audit log…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="88" />
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="78" />
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="91" />
      <source>说明</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="studio_app/ui/audit_dialog.py" line="88" />
      <source>（未登录）</source>
      <translation>(not logged in)</translation>
    </message>
  </context>
  <context>
    <name>AutoBackup</name>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="485" />
      <source>关闭时的自动备份没有完成。</source>
      <translation>The automatic backup on closing did not finish.</translation>
    </message>
  </context>
  <context>
    <name>BackgroundOp</name>
    <message>
      <location filename="studio_app/ui/background.py" line="36" />
      <source>请稍候</source>
      <translation>Please wait</translation>
    </message>
  </context>
  <context>
    <name>BackupDialogs</name>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="402" />
      <source>

原来的数据库已另存为：
{path}</source>
      <translation>

The old database was saved as:
{path}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="398" />
      <source>已从备份恢复（{time} 的备份）。</source>
      <translation>Restored from the backup of {time}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="403" />
      <source>恢复完成</source>
      <translation>Restore complete</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="409" />
      <source>正在从备份恢复…</source>
      <translation>Restoring from backup…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="406" />
      <source>没有恢复</source>
      <translation>Not restored</translation>
    </message>
  </context>
  <context>
    <name>BackupSettingsDialog</name>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="174" />
      <source>{time}，备份到 {path}</source>
      <translation>{time}, backed up to {path}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="145" />
      <source>上次备份</source>
      <translation>Last backup</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/backup_dialogs.py" line="183" />
      <source>共 %n 份备份，最新的是 {time}</source>
      <translation>
        <numerusform>%n backup, from {time}</numerusform>
        <numerusform>%n backups, the latest from {time}</numerusform>
      </translation>
    </message>
    <message>
      <source>共 {n} 份备份，最新的是 {time}</source>
      <translation type="vanished">{n} backups, the latest from {time}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="102" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="170" />
      <source>可以是 U 盘上的文件夹；换一台电脑时，在那台电脑上也选择这个文件夹。</source>
      <translation>This can be a folder on a USB drive. When you move to another computer, choose this folder there too.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="143" />
      <source>备份文件夹</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="236" />
      <source>备份没有完成</source>
      <translation>Backup did not finish</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="98" />
      <source>备份设置</source>
      <translation>Backup settings</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="223" />
      <source>已备份到 {path}（{size}）。</source>
      <translation>Backed up to {path} ({size}).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="117" />
      <source>恢复备份和升级程序之前，当时的数据库另存在数据库旁的 before-restore 和 before-upgrade 文件夹中，保留 {days} 天，并始终保留最近 {last} 份，更早的在打开程序时自动删除。备份和这些副本只有本机的这个账户能读取。</source>
      <translation>Before a backup is restored or the program upgrades the database, the database as it was is kept in the before-restore and before-upgrade folders beside it, for {days} days, always keeping the latest {last}; older copies are deleted when the program opens. Only this user account on this computer can read the backups and these copies.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="127" />
      <source>恢复默认</source>
      <translation>Use default</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="128" />
      <source>数据库所在文件夹中的 backups 文件夹</source>
      <translation>The backups folder inside the database's folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="146" />
      <source>文件夹中</source>
      <translation>In the folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="192" />
      <source>文件夹现在不存在（U 盘没有插上？）。插上后再备份即可。</source>
      <translation>The folder does not exist right now (is the USB drive plugged in?). Plug it in and back up again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="212" />
      <source>正在备份数据库…</source>
      <translation>Backing up the database…</translation>
    </message>
    <message>
      <source>每天第一次使用时和关闭程序时，程序自动把数据库备份到下面的文件夹，保留最近 30 天每天一份、最近 12 个月每月一份。建议选择 U 盘或移动硬盘上的文件夹：电脑坏了，备份还在。U 盘没有插上时不会出错，下次会再试。</source>
      <translation type="vanished">Each day, when you first use the program and when you close it, the program backs up the database to the folder below, keeping one backup a day for the last 30 days and one a month for the last 12 months. Choose a folder on a USB drive or external hard disk, so the backup survives if the computer breaks. If the USB drive is not plugged in, nothing goes wrong: the program tries again next time.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="111" />
      <source>每天第一次使用时和关闭程序时，程序自动把数据库备份到下面的文件夹，保留最近 {days} 天每天一份、最近 {months} 个月每月一份。建议选择 U 盘或移动硬盘上的文件夹：电脑坏了，备份还在。U 盘没有插上时不会出错，下次会再试。</source>
      <translation>Each day, when you first use the program and when you close it, the program backs up the database to the folder below, keeping one backup a day for the last {days} days and one a month for the last {months} months. Choose a folder on a USB drive or external hard disk, so the backup survives if the computer breaks. If the USB drive is not plugged in, nothing goes wrong: the program tries again next time.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="168" />
      <source>现在用的是默认位置：数据库旁的文件夹，和数据库在同一块磁盘上，电脑损坏时会一起丢失。建议选择 U 盘上的文件夹。</source>
      <translation>You are using the default location: a folder next to the database, on the same disk, so both are lost if the computer breaks. Choose a folder on a USB drive instead.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="148" />
      <source>立即备份</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="187" />
      <source>还没有备份</source>
      <translation>No backups yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="178" />
      <source>还没有备份过</source>
      <translation>Never backed up</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="197" />
      <source>选择备份文件夹</source>
      <translation>Choose backup folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="125" />
      <source>选择文件夹…</source>
      <translation>Choose folder…</translation>
    </message>
  </context>
  <context>
    <name>CalendarDialog</name>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="233" />
      <source> 年</source>
      <translation> </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/settings_dialogs.py" line="331" />
      <source>%n 件诉求的期限随之重算，各自的办理记录中写明了原期限和新期限。</source>
      <translation>
        <numerusform> The deadline of %n request was counted again; its history gives the old and the new date.</numerusform>
        <numerusform> The deadlines of %n requests were counted again; each one's history gives the old and the new date.</numerusform>
      </translation>
    </message>
    <message>
      <source>&lt;b style='color:#c0392b'&gt;{year} 年的放假安排还没有录入&lt;/b&gt;，期限暂时只按周末计算。国务院公布后，请在下面逐日录入放假日和调休上班日。</source>
      <translation type="vanished">&lt;b style='color:#c0392b'&gt;The holidays for {year} have not been entered yet&lt;/b&gt;, so deadlines count only weekends for now. Once the State Council announces them, enter each holiday and make-up working day below.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="291" />
      <source>&lt;b style='color:#c0392b'&gt;{year} 年的调休安排待公布&lt;/b&gt;。法定节假日按《全国年节及纪念日放假办法》预估，期限按它们和周末计算；国务院通知下发后，请粘贴通知全文录入。</source>
      <translation>&lt;b style='color:#c0392b'&gt;The make-up working days of {year} are not yet published&lt;/b&gt;. The statutory holidays are estimated by the national holiday regulations, and deadlines count them and weekends; when the State Council's notice is out, paste its whole text here.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/settings_dialogs.py" line="295" />
      <source>{year} 年共 %n 个特殊日期。计算期限时跳过放假日，调休上班日算作工作日。</source>
      <translation>
        <numerusform>{year} has %n special day. Deadlines skip holidays and count make-up working days as working days.</numerusform>
        <numerusform>{year} has %n special days. Deadlines skip holidays and count make-up working days as working days.</numerusform>
      </translation>
    </message>
    <message>
      <source>{year} 年共 {n} 个特殊日期。计算期限时跳过放假日，调休上班日算作工作日。</source>
      <translation type="vanished">{year} has {n} special days. Deadlines skip holidays and count make-up working days as working days.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="329" />
      <source>{year} 年的放假安排已保存。</source>
      <translation>The {year} holiday arrangement is saved.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="259" />
      <source>删除所选的手工录入</source>
      <translation>Delete selected manual entry</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="304" />
      <source>国务院公布（内置）</source>
      <translation>State Council (built in)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="251" />
      <source>如：春节</source>
      <translation>e.g. Spring Festival</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="240" />
      <source>安排</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="276" />
      <source>录入放假的工作日或调休上班的周末（手工录入优先于内置日期）：</source>
      <translation>Enter a working day that is a holiday, or a weekend that is a make-up working day (manual entries override built-in dates):</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="252" />
      <source>录入这一天</source>
      <translation>Add this day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="303" />
      <source>手工录入</source>
      <translation>Entered manually</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="238" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="239" />
      <source>星期</source>
      <translation>Weekday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="242" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="256" />
      <source>每年 11 月前后国务院办公厅发布下一年的放假安排通知，把全文粘贴进来即可录入</source>
      <translation>Around November each year the General Office of the State Council publishes next year's holiday arrangement; paste its whole text to enter it</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="254" />
      <source>粘贴国务院通知…</source>
      <translation>Paste State Council notice…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="227" />
      <source>节假日与调休</source>
      <translation>Holidays and make-up working days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="241" />
      <source>节日</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="304" />
      <source>预估（法定）</source>
      <translation>Estimated (by law)</translation>
    </message>
  </context>
  <context>
    <name>CategoriesDialog</name>
    <message numerus="yes">
      <location filename="studio_app/ui/settings_dialogs.py" line="121" />
      <source>%n 件</source>
      <translation>
        <numerusform>%n request</numerusform>
        <numerusform>%n requests</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} 件</source>
      <translation type="vanished">{n} requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="129" />
      <source>上移</source>
      <translation>Move up</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="130" />
      <source>下移</source>
      <translation>Move down</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="131" />
      <source>停用</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="181" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="121" />
      <source>已用于</source>
      <translation>Used by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="171" />
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="145" />
      <source>接待登记时可选的类别。改名会同时改动已登记诉求的类别；停用的类别不再供选择，已登记的诉求保持原类别。</source>
      <translation>Categories to choose from at the reception desk. Renaming a category also renames it on registered requests. Disabled categories can no longer be chosen; registered requests keep their category.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="195" />
      <source>改名</source>
      <translation>Rename</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="128" />
      <source>改名…</source>
      <translation>Rename…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="189" />
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="127" />
      <source>新增…</source>
      <translation>Add…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="189" />
      <source>新增类别</source>
      <translation>New category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="117" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="195" />
      <source>类别改名</source>
      <translation>Rename category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="112" />
      <source>诉求类别</source>
      <translation>Request categories</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="118" />
      <source>（已停用）</source>
      <translation> (disabled)</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="322" />
      <source>两次输入的新密码不一致，请重新输入。</source>
      <translation>The two new passwords do not match. Please enter them again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="297" />
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="307" />
      <source>再次输入新密码</source>
      <translation>New password again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="305" />
      <source>原密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="315" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="306" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="310" />
      <source>用户：{name}（{username}）</source>
      <translation>User: {name} ({username})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="302" />
      <source>至少 {n} 个字符，不能全是数字</source>
      <translation>At least {n} characters, not all digits</translation>
    </message>
  </context>
  <context>
    <name>CommonIssuesPanel</name>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="212" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="58" />
      <source>共性问题</source>
      <translation>Common issues</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="276" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="108" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="122" />
      <source>包含的诉求（在诉求列表中多选后“归入共性问题…”添加）</source>
      <translation>Requests included (select several in the request list, then use “Add to common issue…”)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="69" />
      <source>发现共性问题…</source>
      <translation>Find common issues…</translation>
    </message>
    <message>
      <source>同类诉求反复出现时，在诉求列表中多选这些诉求，点“归入共性问题…”。</source>
      <translation type="vanished">When similar requests keep coming up, select them in the request list and click “Add to common issue…”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="160" />
      <source>同类诉求反复出现时，点“发现共性问题…”让程序找出来；也可以在诉求列表中多选这些诉求，点“归入共性问题…”。</source>
      <translation>When similar requests keep coming up, click “Find common issues…” to have the program find them; or select them in the request list and click “Add to common issue…”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="276" />
      <source>复制全文</source>
      <translation>Copy all text</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="63" />
      <source>建立日期</source>
      <translation>Created on</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="84" />
      <source>归档</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="222" />
      <source>归档“{title}”？其中的诉求不受影响，仍在诉求列表中。</source>
      <translation>Archive “{title}”? Its requests are not affected and stay in the request list.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="221" />
      <source>归档共性问题</source>
      <translation>Archive common issue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="71" />
      <source>找出近 {months} 个月内容相近的诉求（至少 {n} 件、来自至少 {people} 位群众），采纳或修改后建立</source>
      <translation>Find requests of the last {months} months that read alike (at least {n}, from at least {people} visitors), to accept as they are or edited</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="273" />
      <source>提案素材 — {title}</source>
      <translation>Proposal material — {title}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="205" />
      <source>新建</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="76" />
      <source>新建…</source>
      <translation>New…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="205" />
      <source>新建共性问题</source>
      <translation>New common issue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="60" />
      <source>未办结</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="106" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="179" />
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="180" />
      <source>概括</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="190" />
      <source>正在查找内容相近的诉求…</source>
      <translation>Looking for requests that read alike…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="61" />
      <source>涉及村（社区）</source>
      <translation>Villages (communities)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="107" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="81" />
      <source>生成提案或社情民意信息的草稿，其中的诉求都标为“转为提案/社情民意”</source>
      <translation>Make a draft proposal or public-opinion report; its requests are all marked “Converted to proposal/report”</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="78" />
      <source>生成提案素材</source>
      <translation>Create proposal material</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="115" />
      <source>移出所选诉求</source>
      <translation>Remove selected requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="62" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="105" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="77" />
      <source>编辑…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="212" />
      <source>编辑共性问题</source>
      <translation>Edit common issue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="59" />
      <source>诉求</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="238" />
      <source>请先在右侧列表中选择要移出的诉求。</source>
      <translation>First select the requests to remove in the list on the right.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="79" />
      <source>转为提案/社情民意…</source>
      <translation>Turn into proposal / public-opinion report…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="158" />
      <source>还没有共性问题</source>
      <translation>No common issues yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="175" />
      <source>这类问题的概括：范围、原因、群众的共同诉求</source>
      <translation>Summary of this issue: scope, causes, what the visitors are asking for</translation>
    </message>
    <message>
      <location filename="studio_app/ui/common_issues_panel.py" line="169" />
      <source>（还没有概括）</source>
      <translation>(no summary yet)</translation>
    </message>
  </context>
  <context>
    <name>ConflictListDialog</name>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="212" />
      <source>&lt;b&gt;{title}&lt;/b&gt;（{studio}，{when} 带出的工作包）</source>
      <translation>&lt;b&gt;{title}&lt;/b&gt; ({studio}, package taken out at {when})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="175" />
      <source>保留办公室的办理过程（笔记本的步骤记入办理过程备注）</source>
      <translation>Keep the office's course (the laptop's steps are noted in the history)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="147" />
      <source>冲突列表</source>
      <translation>Conflict list</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="164" />
      <source>办公室</source>
      <translation>Office</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="233" />
      <source>办公室的办理过程（外出期间）：
{office}

笔记本上的办理步骤：
{laptop}</source>
      <translation>The office's steps (during the trip):
{office}

The laptop's steps:
{laptop}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="177" />
      <source>在办公室的基础上再办理笔记本的步骤</source>
      <translation>Take the laptop's steps after the office's</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="149" />
      <source>外出期间办公室和笔记本都改过的记录在这里等您决定：每一项选“办公室”或“笔记本”的内容。只在一边改过的项目已经标为那一边。处理之前，这条记录保持办公室现在的样子。</source>
      <translation>Records changed both at the office and on the laptop during the trip wait here for you: for each item choose the office's or the laptop's content. Items changed on one side only are already set to that side. Until you settle it, the record stays as the office has it.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="164" />
      <source>带出时</source>
      <translation>When taken out</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="183" />
      <source>按所选处理</source>
      <translation>Settle as chosen</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="200" />
      <source>没有等待处理的冲突。</source>
      <translation>No conflicts are waiting.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="165" />
      <source>笔记本</source>
      <translation>Laptop</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="165" />
      <source>采用</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="164" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
  </context>
  <context>
    <name>CountyPage</name>
    <message>
      <location filename="studio_app/ui/county_page.py" line="418" />
      <source>Excel 文件 (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/county_page.py" line="341" />
      <source>{start} 至 {end} 登记的诉求，截至 {today}；共 %n 个工作室。点列标题排序。</source>
      <translation>
        <numerusform>Requests registered {start} to {end}, as of {today}; %n studio. Click a column header to sort.</numerusform>
        <numerusform>Requests registered {start} to {end}, as of {today}; %n studios. Click a column header to sort.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="411" />
      <source>{year}年度全县委员履职积分排名.xlsx</source>
      <translation>County ranking of member points {year}.xlsx</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="382" />
      <source>全县委员履职积分排名</source>
      <translation>County ranking of member points</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="389" />
      <source>全县概览</source>
      <translation>County overview</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="401" />
      <source>全县概览.xlsx</source>
      <translation>County overview.xlsx</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="323" />
      <source>全县概览没有算出来：{why}</source>
      <translation>The county overview could not be worked out: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="274" />
      <source>全县超期诉求</source>
      <translation>Overdue requests in the county</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="406" />
      <source>全县超期诉求.xlsx</source>
      <translation>Overdue requests in the county.xlsx</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/county_page.py" line="317" />
      <source>全县超期诉求（%n 件）</source>
      <translation>
        <numerusform>Overdue in the county (%n)</numerusform>
        <numerusform>Overdue in the county (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="236" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="273" />
      <source>各工作室</source>
      <translation>Studios</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="275" />
      <source>委员履职积分排名</source>
      <translation>Ranking of member points</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="417" />
      <source>导出 Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="238" />
      <source>导出 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/county_page.py" line="426" />
      <source>已导出 %n 行到 {file}。</source>
      <translation>
        <numerusform>Exported %n row to {file}.</numerusform>
        <numerusform>Exported %n rows to {file}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="263" />
      <source>年度</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="237" />
      <source>打印…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="230" />
      <source>本年</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="229" />
      <source>本月</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="354" />
      <source>正在计算…</source>
      <translation>Working it out…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="297" />
      <source>正在计算全县概览…</source>
      <translation>Working out the county overview…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="356" />
      <source>正在计算履职积分…</source>
      <translation>Working out the member points…</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/county_page.py" line="370" />
      <source>积分办法第 {n} 版 · 全县 %n 名在任委员，同分同名次</source>
      <translation>
        <numerusform>Points scheme version {n} · %n serving member in the county; equal points share a place</numerusform>
        <numerusform>Points scheme version {n} · %n serving members in the county; equal points share a place</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/county_page.py" line="233" />
      <source>统计期间</source>
      <translation>Period</translation>
    </message>
  </context>
  <context>
    <name>DayDetail</name>
    <message>
      <source>{date} {weekday}</source>
      <translation type="vanished">{date} {weekday}</translation>
    </message>
    <message>
      <source>{date} {weekday} · {status}</source>
      <translation type="vanished">{date} {weekday} · {status}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="545" />
      <source>值班委员</source>
      <translation>Members on duty</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="531" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="574" />
      <source>原定 {date}，改期原因：{reason}</source>
      <translation>Originally {date}, moved because: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="572" />
      <source>地点：{place}</source>
      <translation>Place: {place}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="538" />
      <source>当天登记的诉求</source>
      <translation>Requests registered that day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="572" />
      <source>未填写</source>
      <translation>Not filled in</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="590" />
      <source>未安排。请用“值班安排…”选择值班委员。</source>
      <translation>Not scheduled. Use “Duty roster…” to choose the members on duty.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="579" />
      <source>来访 {v} 人次，登记诉求 {r} 件，其中未办结 {o} 件。</source>
      <translation>Visits: {v}; requests registered: {r}, still open: {o}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="528" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="539" />
      <source>查看诉求</source>
      <translation>View request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="530" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="529" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="527" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="577" />
      <source>说明：{reason}</source>
      <translation>Note: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="559" />
      <source>请选择一个接待日</source>
      <translation>Select a reception day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="561" />
      <source>这一天不是接待日。可用“新增接待日…”安排一次。</source>
      <translation>This day is not a reception day. Use “New reception day…” to schedule one.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="587" />
      <source>（替 {name}：{note}）</source>
      <translation> (standing in for {name}: {note})</translation>
    </message>
  </context>
  <context>
    <name>DeadlinesDialog</name>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="77" />
      <source> 个工作日</source>
      <translation> working days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="69" />
      <source>交办（或重新办理）后</source>
      <translation>After assigning (or reopening):</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="84" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="62" />
      <source>办理时限</source>
      <translation>Deadlines</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="84" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="68" />
      <source>登记后</source>
      <translation>After registering:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="70" />
      <source>答复后</source>
      <translation>After answering:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="80" />
      <source>默认按“两天内交办、一周内答复、百分百回访”：交办 2 个工作日，答复 5 个工作日。修改只影响以后的办理步骤，已算好的期限不变。</source>
      <translation>The default follows “assign within 2 days, answer within 1 week, return visit 100%”: assign within 2 working days, answer within 5 working days. Changes apply only to later steps; deadlines already set stay the same.</translation>
    </message>
  </context>
  <context>
    <name>DemoPage</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="492" />
      <source>打开数据库…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="483" />
      <source>正在载入演示数据…</source>
      <translation>Loading the demo data…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="465" />
      <source>正在载入演示数据：{step}</source>
      <translation>Loading the demo data: {step}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="439" />
      <source>演示数据</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="503" />
      <source>演示数据没有载入。</source>
      <translation>The demo data was not loaded.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="458" />
      <source>点击“开始使用”后载入演示数据，需要几秒钟。
演示数据库：{path}

演示数据里的姓名、电话和身份证号都是虚构的。</source>
      <translation>Click “Start” to load the demo data; it takes a few seconds.
Demo database: {path}

All names, phone numbers and ID numbers in the demo data are made up.</translation>
    </message>
  </context>
  <context>
    <name>DocumentDetail</name>
    <message>
      <source>SHA-256：{sha}</source>
      <translation type="vanished">SHA-256: {sha}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="203" />
      <source>会议：{topic}</source>
      <translation>Meeting: {topic}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="201" />
      <source>修订原因：{reason}</source>
      <translation>Reason for the revision: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="194" />
      <source>存档时间：{when}</source>
      <translation>Archived: {when}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="211" />
      <source>完整的校验码（SHA-256）：
{sha}</source>
      <translation>The full check code (SHA-256):
{sha}</translation>
    </message>
    <message>
      <source>打开时会重新计算校验值，与存档时不一致会标为已损坏。</source>
      <translation type="vanished">The checksum is computed again when the file opens; if it differs from the archived one, the file is marked damaged.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="207" />
      <source>校验码：{code}…（鼠标停在这里可看完整的校验码）</source>
      <translation>Check code: {code}… (hold the mouse here to see all of it)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="209" />
      <source>每次打开都重新核对校验码，与存档时不一致会标为“已损坏”。</source>
      <translation>The check code is checked again each time the file opens; if it differs from the archived one, the file is marked “damaged”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="199" />
      <source>第 {n} 版</source>
      <translation>Revision {n}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="175" />
      <source>签字扫描件（双击打开）</source>
      <translation>Signed scans (double-click to open)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="195" />
      <source>经办人：{who}</source>
      <translation>Done by: {who}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="167" />
      <source>选中一份存档文件，查看它的存档信息和签字扫描件。</source>
      <translation>Select an archived document to see its archive details and signed scans.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="196" />
      <source>页数：{n}　大小：{kb:.0f} KB</source>
      <translation>Pages: {n}   Size: {kb:.0f} KB</translation>
    </message>
    <message>
      <location filename="studio_app/ui/archive_page.py" line="219" />
      <source>（没有）</source>
      <translation>(none)</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="417" />
      <source>“帮助 → 用户手册”按一个月的工作顺序介绍各项功能。</source>
      <translation>“Help → User guide” walks through every feature in the order of a month's work.</translation>
    </message>
    <message>
      <source>下一步：在“文件 → 导入委员名册…”中导入委员，或在“委员”页逐个添加。</source>
      <translation type="vanished">Next: import your members with “File → Import members roster…”, or add them one by one on the “Members” page.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="403" />
      <source>备份保存在：{where}</source>
      <translation>Backups go to: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="399" />
      <source>工作室“{name}”已建好。</source>
      <translation>The studio “{name}” is set up.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="406" />
      <source>已设置管理员“{name}”，以后打开程序时要登录。</source>
      <translation>The administrator “{name}” is set up: from now on the program asks for a login when it opens.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="412" />
      <source>接下来先做这件事：到“接待日”页点“接待日规则…”，按平时的说法写上接待日（如“每月15日”“每月第一个星期三”），再生成全年的接待日。值班安排、接待登记和工作台的提醒都从这里开始。</source>
      <translation>Do this first: on the “Reception days” page, click “Reception-day rule…”, write when your reception days are, the way you would say it (such as “the 15th of each month” or “the first Wednesday of each month”), then create the year's reception days. Duty rosters, the reception desk and the Workbench's reminders all start from there.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="400" />
      <source>数据保存在：{where}</source>
      <translation>Data is kept in: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="416" />
      <source>然后在“文件 → 导入委员名册…”中导入委员，或在“委员”页逐个添加。</source>
      <translation>Then import your members with “File → Import members roster…”, or add them one by one on the “Members” page.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="389" />
      <source>设置完成</source>
      <translation>All set</translation>
    </message>
  </context>
  <context>
    <name>EndLinkDialog</name>
    <message>
      <location filename="studio_app/ui/end_link_dialog.py" line="34" />
      <source>{member}是这一户的主要联系人：请选一位委员即日接任，或选择暂不设主要联系人。</source>
      <translation>{member} is this household's primary contact: choose a member to take over from today, or choose to have no primary contact for now.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/end_link_dialog.py" line="53" />
      <source>接任主要联系人</source>
      <translation>New primary contact</translation>
    </message>
    <message>
      <location filename="studio_app/ui/end_link_dialog.py" line="40" />
      <source>暂不设主要联系人</source>
      <translation>None for now</translation>
    </message>
    <message>
      <location filename="studio_app/ui/end_link_dialog.py" line="28" />
      <source>解除{member}与“{household}”的联系？解除日期选以后的日子，联系保留到那天，当天起解除。解除后，这条联系和以往的走访记录仍保留在历史中，以后可以重新添加。</source>
      <translation>Unlink {member} from “{household}”? With a later end date the link stays until that day and ends on it. The link and its past visits stay in the history, and it can be added again later.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/end_link_dialog.py" line="51" />
      <source>解除日期</source>
      <translation>Ends on</translation>
    </message>
    <message>
      <location filename="studio_app/ui/end_link_dialog.py" line="50" />
      <source>解除联系</source>
      <translation>Unlink</translation>
    </message>
  </context>
  <context>
    <name>FieldDialogs</name>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="135" />
      <source>{n} 条记录双方都改过，没有改动，在“冲突列表”中等您选择。</source>
      <translation>{n} records were changed on both sides; they were left unchanged and wait for your choice in the “Conflict list”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="127" />
      <source>{studio}：新增 {inserted} 条，合并修改 {updated} 条，办理步骤 {steps} 步，操作日志 {appended} 条。</source>
      <translation>{studio}: {inserted} new, {updated} merged changes, {steps} request steps, {appended} audit entries.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="132" />
      <source>临时编号 {provisional} → 正式编号 {final}</source>
      <translation>Provisional number {provisional} → final number {final}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="275" />
      <source>作废之前带出、还没带回的工作包并重新带出（例如那台笔记本已丢失）</source>
      <translation>Cancel the package taken out earlier and not yet returned, and take out a new one (e.g. that laptop is lost)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="269" />
      <source>外出工作包</source>
      <translation>Field package</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="273" />
      <source>外出工作包 (*.pkg)</source>
      <translation>Field packages (*.pkg)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="334" />
      <source>导入带回文件</source>
      <translation>import a return file</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="348" />
      <source>已导入带回文件：</source>
      <translation>Return file imported: </translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="287" />
      <source>已生成外出工作包：{studio}，委员 {members} 人，联系户 {households} 户，诉求 {requests} 条。
在笔记本上用“文件 → 打开工作包…”打开它。</source>
      <translation>Field package made: {studio}, {members} members, {households} households, {requests} requests.
Open it on the laptop with “File → Open field package…”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="327" />
      <source>已生成带回文件：{studio}。请交回办公室导入。</source>
      <translation>Return file made: {studio}. Hand it to the office to import.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="318" />
      <source>带回文件</source>
      <translation>Return file</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="317" />
      <source>带回文件 (*.back)</source>
      <translation>Return files (*.back)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="297" />
      <source>打开工作包</source>
      <translation>Open field package</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="270" />
      <source>把本工作室的委员、联系户、未办结和今年办结的诉求、接待日、未定稿的会议、节假日、设置和本工作室的账户（只带密码的校验值）写成一个加密文件，拷到下乡用的笔记本上。带出后，办公室照常工作；带回时两边的修改逐项合并，双方都改过的进入冲突列表。</source>
      <translation>Writes the studio's members, households, open requests and this year's closed ones, reception days, meetings not yet finalised, holidays, settings and the studio's accounts (password hashes only) into one encrypted file for the laptop taken to the villages. The office goes on working meanwhile; on return the two sides' changes are merged item by item, and what both changed goes to the conflict list.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="315" />
      <source>把这台笔记本上外出期间的工作写成加密的带回文件，交回办公室用“导入带回文件”导入。生成以后仍可以继续工作，但办公室只导入一次：导入以后的工作要等下一个工作包。</source>
      <translation>Writes the work done on this laptop during the trip into an encrypted return file for the office to import with “Import return file”. You may keep working afterwards, but the office imports a package once: work after the import waits for the next package.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="314" />
      <source>生成带回文件</source>
      <translation>return file made</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="348" />
      <source>试运行，没有保存：</source>
      <translation>Dry run, nothing saved: </translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="338" />
      <source>试运行：只显示会做什么，不保存</source>
      <translation>Dry run: only show what would be done; save nothing</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="298" />
      <source>选择办公室生成的外出工作包，输入带出时设置的口令。工作包会打开为这台笔记本上的一个新数据库，程序随即切换到它；下次启动也打开它，直到打开下一个工作包。</source>
      <translation>Choose the field package made at the office and enter the passphrase set then. The package is opened as a new database on this laptop and the program switches to it; it opens at the next start too, until the next package is opened.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="335" />
      <source>选择笔记本上生成的带回文件，输入口令。所有修改在一次操作中导入：要么全部导入，要么什么都不改。双方都改过的记录不会改动，进入冲突列表等您选择。</source>
      <translation>Choose the return file made on the laptop and enter the passphrase. Every change is imported in one go: all of it, or nothing. Records changed on both sides are left as they are and wait in the conflict list for your choice.</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>两次输入的密码不一样，请重新输入。</source>
      <translation type="vanished">The two passwords are different. Please enter them again.</translation>
    </message>
    <message>
      <source>乡镇（街道）</source>
      <translation type="vanished">Township (subdistrict)</translation>
    </message>
    <message>
      <source>再次输入密码</source>
      <translation type="vanished">Password again</translation>
    </message>
    <message>
      <source>如 城关镇，可不填</source>
      <translation type="vanished">e.g. Chengguan town; optional</translation>
    </message>
    <message>
      <source>密码</source>
      <translation type="vanished">Password</translation>
    </message>
    <message>
      <source>工作室名称 *</source>
      <translation type="vanished">Studio name *</translation>
    </message>
    <message>
      <source>开始使用</source>
      <translation type="vanished">Get started</translation>
    </message>
    <message>
      <source>我的委员工作室</source>
      <translation type="vanished">My members' studio</translation>
    </message>
    <message>
      <source>欢迎使用委员工作室助手</source>
      <translation type="vanished">Welcome to Members' Studio Assistant</translation>
    </message>
    <message>
      <source>管理员</source>
      <translation type="vanished">Administrator</translation>
    </message>
    <message>
      <source>管理员用户名</source>
      <translation type="vanished">Administrator user name</translation>
    </message>
    <message>
      <source>设置登录密码（几个人共用这台电脑、或带笔记本下乡时建议设置）</source>
      <translation type="vanished">Set a login password (recommended if several people share this computer, or you take a laptop to the villages)</translation>
    </message>
    <message>
      <source>这是第一次使用。请填写工作室的名称，以后可以修改。
所有数据保存在：{where}</source>
      <translation type="vanished">This is the first time you are using the program. Please enter the studio's name; you can change it later.
All data is stored in: {where}</translation>
    </message>
    <message>
      <source>退出</source>
      <translation type="vanished">Quit</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="118" />
      <source>上一步</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="117" />
      <source>下一步</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="119" />
      <source>保存并继续</source>
      <translation>Save and continue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="120" />
      <source>开始使用</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="121" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="113" />
      <source>首次使用向导</source>
      <translation>First-run setup</translation>
    </message>
  </context>
  <context>
    <name>FoldersPage</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="219" />
      <source>备份文件夹</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="197" />
      <source>所有资料都保存在这台电脑上。默认位置即可；备份最好放在另一块硬盘或U盘上。</source>
      <translation>Everything is kept on this computer. The default place is fine; backups are best kept on another disk or a USB stick.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="195" />
      <source>数据保存位置</source>
      <translation>Where the data is kept</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="225" />
      <source>数据在共用服务器上，由服务器管理员负责备份。</source>
      <translation>The data is on a shared server; the server's administrator backs it up.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="204" />
      <source>数据库已在启动时指定，不能在这里更改。</source>
      <translation>The database was given when the program started and cannot be changed here.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="218" />
      <source>数据文件夹</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <source>无法在“{path}”建立数据文件夹（{why}）。请换一个文件夹。</source>
      <translation type="vanished">Cannot create the data folder “{path}” ({why}). Please choose another folder.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="229" />
      <source>程序打开时每天自动备份一次，关闭时再备份一次，保留最近 30 天和 12 个月的备份。以后可以在“文件 → 备份”中更改。</source>
      <translation>While the program is open it backs up once a day, and again when it closes, keeping the last 30 days and 12 months. You can change this later in “File → Backup”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="211" />
      <source>选择备份文件夹</source>
      <translation>Choose the backup folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="203" />
      <source>选择数据文件夹</source>
      <translation>Choose the data folder</translation>
    </message>
  </context>
  <context>
    <name>GuideWindow</name>
    <message>
      <location filename="studio_app/ui/help_window.py" line="57" />
      <source>在手册中查找（回车找下一处）</source>
      <translation>Search the guide (Enter finds the next)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/help_window.py" line="138" />
      <source>手册中没有“{text}”。</source>
      <translation>“{text}” is not in the guide.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/help_window.py" line="43" />
      <source>用户手册</source>
      <translation>User guide</translation>
    </message>
  </context>
  <context>
    <name>HouseholdDetail</name>
    <message numerus="yes">
      <location filename="studio_app/ui/household_detail.py" line="81" />
      <source>%n 人</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} 人</source>
      <translation type="vanished">{n} people</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="42" />
      <source>主要联系人</source>
      <translation>Primary contact</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="31" />
      <source>在左侧列表中选择一个联系户，
这里会显示联系委员和走访记录。</source>
      <translation>Select a linked household in the list on the left;
its linked members and visits will be shown here.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="38" />
      <source>委员</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="101" />
      <source>已归档的联系户不能添加联系委员，请先恢复。</source>
      <translation>An archived household cannot get linked members. Restore it first.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="66" />
      <source>方式</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="64" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="42" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="51" />
      <source>添加联系委员…</source>
      <translation>Add linked member…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="39" />
      <source>界别</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="86" />
      <source>联系委员（{n}）</source>
      <translation>Linked members ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="40" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>解除{member}与“{household}”的联系？

解除后，这条联系和以往的走访记录仍保留在历史中，以后可以重新添加。</source>
      <translation type="vanished">Unlink {member} from “{household}”?

The link and its past visits stay in the history, and you can add the link again later.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="41" />
      <source>解除日期</source>
      <translation>Ends on</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="53" />
      <source>解除联系</source>
      <translation>Unlink</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="54" />
      <source>记录走访…</source>
      <translation>Record visit…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="52" />
      <source>设为主要联系人</source>
      <translation>Set as primary contact</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="107" />
      <source>请先添加联系委员，再记录走访。</source>
      <translation>Add a linked member first, then record a visit.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="67" />
      <source>走访情况</source>
      <translation>Visit notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="93" />
      <source>走访记录（从未走访）</source>
      <translation>Visits (never visited)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="91" />
      <source>走访记录（最近一次：{date}）</source>
      <translation>Visits (last one: {date})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_detail.py" line="78" />
      <source>（已归档）</source>
      <translation> (archived)</translation>
    </message>
  </context>
  <context>
    <name>HouseholdDialog</name>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="115" />
      <source> 人</source>
      <translation> people</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="105" />
      <source>18位，可不填</source>
      <translation>18 characters, optional</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="112" />
      <source>人口</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="135" />
      <source>名称 *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="111" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="118" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="110" />
      <source>如 三组</source>
      <translation>e.g. Group 3</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="178" />
      <source>已有同名同电话的联系户“{name}”。仍要保存为新记录吗？
（如果是同一户，请打开已有记录修改。）</source>
      <translation>A linked household “{name}” with the same name and phone already exists. Save this as a new record anyway?
(If it is the same household, open the existing record and edit it.)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="101" />
      <source>户主姓名 *</source>
      <translation>Head of household *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="103" />
      <source>手机号或座机号，如 13812345678、0931-8123456</source>
      <translation>Mobile or landline, e.g. 13812345678, 0931-8123456</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="92" />
      <source>新增联系户</source>
      <translation>New linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="114" />
      <source>未填写</source>
      <translation>Not filled in</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="107" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="117" />
      <source>标签</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="98" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="109" />
      <source>组</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="92" />
      <source>编辑联系户</source>
      <translation>Edit linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="102" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="104" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="175" />
      <source>重复的联系户</source>
      <translation>Duplicate household</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsModel</name>
    <message>
      <location filename="studio_app/ui/households_page.py" line="56" />
      <source>人口</source>
      <translation>People</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="94" />
      <source>从未走访</source>
      <translation>Never visited</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="51" />
      <source>户主/名称</source>
      <translation>Head of household/name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="59" />
      <source>最近走访</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="53" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="57" />
      <source>标签</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="52" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="54" />
      <source>组</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="58" />
      <source>联系委员</source>
      <translation>Linked members</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="55" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="78" />
      <source>（已归档）</source>
      <translation> (archived)</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsPage</name>
    <message>
      <location filename="studio_app/ui/households_page.py" line="138" />
      <source> 天未走访</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="222" />
      <source>{name}
联系电话：{phone}
身份证号：{id}</source>
      <translation>{name}
Phone: {phone}
ID number: {id}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="123" />
      <source>全部村（社区）</source>
      <translation>All villages (communities)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="124" />
      <source>全部标签</source>
      <translation>All tags</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="128" />
      <source>全部状态</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="126" />
      <source>全部类型</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="205" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="134" />
      <source>只列出超过这么多天没有走访（或从未走访）的联系户</source>
      <translation>List only households not visited for more than this many days (or never visited)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="133" />
      <source>只看超过</source>
      <translation>Not visited for over</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="128" />
      <source>在册</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="205" />
      <source>完整导出</source>
      <translation>Export in full</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="203" />
      <source>导出的名册中，电话和身份证号要隐去中间几位吗？
完整号码的名册只在需要重新导入时使用，导出会记入操作日志，请妥善保管文件。</source>
      <translation>Hide the middle digits of phone and ID numbers in the exported roster?
Use a roster with full numbers only when you need to import it again. The export is recorded in the audit log; keep the file safe.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="202" />
      <source>导出联户名册</source>
      <translation>Export linked households roster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="128" />
      <source>已归档</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="184" />
      <source>归档联系户“{name}”？

归档后，这一户不再出现在日常名单中，但联系委员、走访等历史记录都会保留。需要时可在“已归档”中找到并恢复。</source>
      <translation>Archive the linked household “{name}”?

Once archived, it no longer appears in the everyday lists, but its linked members, visits and other history are kept. You can find it under “Archived” and restore it when needed.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="223" />
      <source>未填写</source>
      <translation>Not filled in</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="211" />
      <source>查看完整号码…</source>
      <translation>Show full number…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="190" />
      <source>联户名册</source>
      <translation>Linked households roster</translation>
    </message>
    <message>
      <source>联系户 {id} 的电话和身份证号</source>
      <translation type="vanished">Phone and ID number of household {id}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/households_page.py" line="205" />
      <source>隐去中间几位（推荐）</source>
      <translation>Hide middle digits (recommended)</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="385" />
      <source>锁定</source>
      <translation>Lock</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="387" />
      <source>锁定窗口，输入密码解锁</source>
      <translation>Lock the window; enter the password to unlock</translation>
    </message>
  </context>
  <context>
    <name>ImagePreviewDialog</name>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="265" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="283" />
      <source>另存为</source>
      <translation>Save as</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="263" />
      <source>另存为…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="283" />
      <source>图片 (*{suffix})</source>
      <translation>Images (*{suffix})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="248" />
      <source>扫描件：{name}</source>
      <translation>Scan: {name}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="255" />
      <source>这张图片无法显示，可能已损坏。</source>
      <translation>This image cannot be shown; it may be damaged.</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="42" />
      <source>Excel 文件 (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="51" />
      <source>{roster}导入模板.xlsx</source>
      <translation>{roster} import template.xlsx</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="95" />
      <source>下载空白模板…</source>
      <translation>Download blank template…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="142" />
      <source>与已有记录重复的行（姓名和电话都相同）</source>
      <translation>Rows that duplicate existing records (same name and phone)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="52" />
      <source>保存导入模板</source>
      <translation>Save import template</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="215" />
      <source>共 {n} 行可导入：新增 {new} 行，与已有记录重复 {dup} 行。</source>
      <translation>Rows that can be imported: {n} (new: {new}; duplicating existing records: {dup}).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="159" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="125" />
      <source>列</source>
      <translation>Column</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="126" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/import_dialog.py" line="234" />
      <source>发现 %n 处问题。在全部改正之前，不会导入任何一行。请在 Excel 中按下表改正并保存，然后点“重新读取”。</source>
      <translation>
        <numerusform>Found %n problem. No row will be imported until it is fixed. Fix it in Excel as listed below, save, and click “Read again”.</numerusform>
        <numerusform>Found %n problems. No row will be imported until all are fixed. Fix them in Excel as listed below, save, and click “Read again”.</numerusform>
      </translation>
    </message>
    <message>
      <source>发现 {n} 处问题。在全部改正之前，不会导入任何一行。请在 Excel 中按下表改正并保存，然后点“重新读取”。</source>
      <translation type="vanished">Found {n} problems. No row will be imported until all are fixed. Fix them in Excel as listed below, save, and click “Read again”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="92" />
      <source>在 Excel 中改正并保存后，点这里重新检查</source>
      <translation>After fixing and saving in Excel, click here to check again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="118" />
      <source>处理</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="46" />
      <source>委员名册</source>
      <translation>members roster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="156" />
      <source>导入</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="84" />
      <source>导入{roster}</source>
      <translation>Import {roster}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="275" />
      <source>导入完成</source>
      <translation>Import complete</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="272" />
      <source>导入完成：新增 {created} 条，更新 {updated} 条，跳过 {skipped} 条。</source>
      <translation>Import complete: {created} added, {updated} updated, {skipped} skipped.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="266" />
      <source>导入未完成，没有导入任何数据</source>
      <translation>Import not finished; no data was imported</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="87" />
      <source>尚未选择文件</source>
      <translation>No file chosen yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="98" />
      <source>文件：</source>
      <translation>File:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="172" />
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="209" />
      <source>无法读取文件</source>
      <translation>Cannot read the file</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="208" />
      <source>无法读取这个文件。</source>
      <translation>This file cannot be read.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="143" />
      <source>更新已有记录（用文件中的内容覆盖）</source>
      <translation>Update existing records (overwrite with the file's content)</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/import_dialog.py" line="245" />
      <source>有 %n 处请核对（见下表），不影响导入。</source>
      <translation>
        <numerusform>%n thing to check (see the table below); it does not stop the import.</numerusform>
        <numerusform>%n things to check (see the table below); they do not stop the import.</numerusform>
      </translation>
    </message>
    <message>
      <source>有 {n} 处请核对（见下表），不影响导入。</source>
      <translation type="vanished">{n} thing(s) to check (see the table below); they do not stop the import.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="65" />
      <source>模板已保存</source>
      <translation>Template saved</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="62" />
      <source>模板已保存到：
{path}

请用 Excel 或 WPS 打开，按表头填写后再导入。</source>
      <translation>Template saved to:
{path}

Open it in Excel or WPS, fill it in following the headers, then import it.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="260" />
      <source>正在导入，请勿关闭程序…</source>
      <translation>Importing; do not close the program…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="200" />
      <source>正在读取并检查“{name}”…</source>
      <translation>Reading and checking “{name}”…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="46" />
      <source>联户名册</source>
      <translation>linked households roster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="117" />
      <source>行</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="242" />
      <source>请核对：</source>
      <translation>Please check:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="105" />
      <source>请选择要导入的 Excel 文件（.xlsx）。第一次导入可先下载空白模板，按表头填写。</source>
      <translation>Choose the Excel file (.xlsx) to import. For your first import, download the blank template and fill it in following the headers.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="144" />
      <source>跳过，保留已有记录不变</source>
      <translation>Skip, keep existing records unchanged</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="186" />
      <source>选择{roster}</source>
      <translation>Choose {roster}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="89" />
      <source>选择文件…</source>
      <translation>Choose file…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="172" />
      <source>重复</source>
      <translation>Duplicate</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="91" />
      <source>重新读取</source>
      <translation>Read again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="133" />
      <source>需要改正的问题：</source>
      <translation>Problems to fix:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/import_dialog.py" line="176" />
      <source>［请核对］{message}</source>
      <translation>[Check] {message}</translation>
    </message>
  </context>
  <context>
    <name>IntakePanel</name>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="113" />
      <source>停止</source>
      <translation>Stop</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="140" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="145" />
      <source>受理、合并或不予受理…</source>
      <translation>Accept, merge or reject…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="135" />
      <source>回执号</source>
      <translation>Receipt number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="137" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="111" />
      <source>开始扫码登记…</source>
      <translation>Start QR intake…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="155" />
      <source>待受理（扫码提交，受理后才进入诉求办理）</source>
      <translation>Awaiting acceptance (enters the workflow only once accepted)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="233" />
      <source>扫码登记已停止（{why}），本次收到 {n} 条。</source>
      <translation>QR intake stopped ({why}); {n} received in this run.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="116" />
      <source>扫码登记没有开始。开始后，村民连上工作室的无线网络，扫码即可提交。</source>
      <translation>QR intake is not running. Once started, villagers join the studio's Wi-Fi and scan the code to submit.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="136" />
      <source>收到</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="244" />
      <source>本次已收到 {n} 条，还有 {h} 小时 {m} 分自动停止。</source>
      <translation>{n} received in this run; stops by itself in {h} h {m} min.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="138" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="243" />
      <source>正在接收：请村民连上工作室的无线网络，扫描左边的二维码，或在手机浏览器中输入下面的地址。</source>
      <translation>Receiving: villagers join the studio's Wi-Fi and scan the code on the left, or type the address below into the phone's browser.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="139" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="248" />
      <source>验证码：{pin}（请告诉现场的群众）</source>
      <translation>Code: {pin} (tell the people at the studio)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="140" />
      <source>［照片］</source>
      <translation>[photo] </translation>
    </message>
  </context>
  <context>
    <name>IntakeStartDialog</name>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="294" />
      <source> 分钟</source>
      <translation> min</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="388" />
      <source>作废</source>
      <translation>Revoke</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="387" />
      <source>作废后，已经贴出的长期海报扫码后不能再提交。继续吗？</source>
      <translation>Once revoked, the standing posters already put up can no longer submit. Continue?</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="321" />
      <source>作废长期海报</source>
      <translation>Revoke standing poster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="336" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="332" />
      <source>开始</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="284" />
      <source>开始扫码登记</source>
      <translation>Start QR intake</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="319" />
      <source>打印长期海报…</source>
      <translation>Print standing poster…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="359" />
      <source>没有长期海报：只能扫描本次开始时显示的二维码。</source>
      <translation>No standing poster: only the code shown when a run starts can be scanned.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="369" />
      <source>生成</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="368" />
      <source>生成新的长期二维码后，已经贴出的长期海报就不能再用了。继续吗？</source>
      <translation>After a new standing code is made, the standing posters already put up no longer work. Continue?</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="317" />
      <source>用所选网络生成长期二维码</source>
      <translation>Make a standing code for the chosen network</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="301" />
      <source>登记页只在所选的网络上开放（工作室的无线路由器，或笔记本电脑的移动热点），不经过互联网。每次开始都换一个新的二维码，旧的二维码不能再提交。没有互联网的网络无法取得证书，所以登记页用普通的 http，页面上写明了这一点。</source>
      <translation>The intake page is served on the chosen network only (the studio's Wi-Fi router, or the laptop's hotspot), not over the internet. Each start makes a new QR code; an old code can no longer submit. A network without internet cannot get a certificate, so the page uses plain http, and says so.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="298" />
      <source>端口</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="297" />
      <source>网络</source>
      <translation>Network</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="299" />
      <source>自动停止</source>
      <translation>Stop after</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="295" />
      <source>要求填写 4 位验证码（开始后在这里显示，告诉现场的群众）</source>
      <translation>Ask for a 4-digit code (shown here once started; tell the people at the studio)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="307" />
      <source>这台电脑没有连接任何网络。请先连接工作室的无线路由器，或打开笔记本电脑的移动热点。</source>
      <translation>This PC is not connected to any network. Connect to the studio's Wi-Fi router first, or turn on the laptop's hotspot.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="382" />
      <source>长期二维码海报</source>
      <translation>Standing QR poster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="355" />
      <source>长期海报指向 {address}:{port}。这台电脑要一直用这个地址（请在路由器中为它固定地址），开始扫码登记时长期海报也能提交。</source>
      <translation>The standing poster points to {address}:{port}. This PC must keep that address (reserve it in the router); while QR intake runs, the standing poster can submit too.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="314" />
      <source>长期海报（贴在墙上的固定二维码）</source>
      <translation>Standing poster (a fixed QR code on the wall)</translation>
    </message>
  </context>
  <context>
    <name>LinkDialog</name>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="83" />
      <source>作为所选户的主要联系人</source>
      <translation>As primary contact for the selected households</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="144" />
      <source>共找到 {total} 条，只列出前 {n} 条；请输入更多字缩小范围。</source>
      <translation>Found {total}, showing only the first {n}. Type more to narrow the search.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="92" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="151" />
      <source>可按住 Ctrl 键多选。</source>
      <translation>Hold down Ctrl to select several.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="92" />
      <source>建立联系</source>
      <translation>Link</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="149" />
      <source>没有找到。可以换个字试试，或先在列表页新增。</source>
      <translation>Nothing found. Try different characters, or add it first on the list page.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="69" />
      <source>添加联系委员</source>
      <translation>Add linked member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="65" />
      <source>添加联系户</source>
      <translation>Add linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="88" />
      <source>联系开始日期</source>
      <translation>Linked since</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="85" />
      <source>设为这一户的主要联系人</source>
      <translation>Set as primary contact for this household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="70" />
      <source>输入委员姓名、界别或电话查找…</source>
      <translation>Type a member's name, sector or phone to search…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="66" />
      <source>输入户主姓名、电话或村名查找…</source>
      <translation>Type a head of household's name, phone or village to search…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="184" />
      <source>部分联系未建立</source>
      <translation>Some links were not made</translation>
    </message>
    <message>
      <location filename="studio_app/ui/link_dialog.py" line="140" />
      <source>（已联系）</source>
      <translation> (already linked)</translation>
    </message>
  </context>
  <context>
    <name>LockDialog</name>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="241" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="236" />
      <source>当前用户：{name}（{username}）。请输入密码解锁。</source>
      <translation>Current user: {name} ({username}). Enter the password to unlock.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="229" />
      <source>窗口已锁定</source>
      <translation>Window locked</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="248" />
      <source>解锁</source>
      <translation>Unlock</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="255" />
      <source>请输入密码。</source>
      <translation>Please enter the password.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="248" />
      <source>退出程序</source>
      <translation>Quit program</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="131" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="130" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="136" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="125" />
      <source>登录 - 委员工作室助手</source>
      <translation>Log in - Members' Studio Assistant</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="148" />
      <source>请输入密码。</source>
      <translation>Please enter the password.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="133" />
      <source>请输入您的用户名和密码。</source>
      <translation>Please enter your user name and password.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="143" />
      <source>请输入用户名。</source>
      <translation>Please enter the user name.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="136" />
      <source>退出</source>
      <translation>Quit</translation>
    </message>
  </context>
  <context>
    <name>LoginPage</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="364" />
      <source>两次输入的密码不一样，请重新输入。</source>
      <translation>The two passwords differ. Please type them again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="345" />
      <source>再次输入密码</source>
      <translation>Password again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="334" />
      <source>几个人共用这台电脑、或带笔记本下乡时，建议设置管理员密码。以后也可以设置。</source>
      <translation>If several people share this computer, or you take the laptop to villages, set an administrator password. You can also do this later.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="344" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="332" />
      <source>登录密码（可选）</source>
      <translation>Login password (optional)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="343" />
      <source>登录时输入的名字，如 王丽 或 wangli，不含空格</source>
      <translation>The name typed to sign in, e.g. wangli, no spaces</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="341" />
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="341" />
      <source>管理员用户名</source>
      <translation>Administrator user name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="337" />
      <source>设置管理员密码，打开程序时要登录</source>
      <translation>Set an administrator password and log in when the program opens</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&lt;h3&gt;{app}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;为基层委员工作室联络员设计的桌面程序。&lt;/p&gt;&lt;p&gt;数据位置：&lt;br&gt;{where}&lt;/p&gt;</source>
      <translation type="vanished">&lt;h3&gt;{app}&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;A desktop program for coordinators of grassroots members' studios.&lt;/p&gt;&lt;p&gt;Data location:&lt;br&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="873" />
      <source>&lt;h3&gt;{app}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;为基层委员工作室联络员设计的桌面程序。&lt;/p&gt;&lt;p&gt;数据位置：&lt;br&gt;{where}&lt;/p&gt;&lt;p&gt;日志文件夹：&lt;br&gt;{logs}&lt;/p&gt;&lt;p style='color:#777'&gt;Python {python} · PySide6 {pyside} · Qt {qt}&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{app}&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;A desktop program for the coordinators of grassroots members' studios.&lt;/p&gt;&lt;p&gt;Data: &lt;br&gt;{where}&lt;/p&gt;&lt;p&gt;Log folder: &lt;br&gt;{logs}&lt;/p&gt;&lt;p style='color:#777'&gt;Python {python} · PySide6 {pyside} · Qt {qt}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="441" />
      <source>下载导入模板</source>
      <translation>Download import template</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="449" />
      <source>从备份恢复…</source>
      <translation>Restore from backup…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="273" />
      <source>会议纪要</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="483" />
      <source>修改我的密码…</source>
      <translation>Change my password…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="160" />
      <source>全县概览</source>
      <translation>County overview</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/main_window.py" line="139" />
      <source>全县（%n 个工作室）</source>
      <translation>
        <numerusform>Whole county (%n studio)</numerusform>
        <numerusform>Whole county (%n studios)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="220" />
      <source>共用服务器上的数据库由服务器管理员备份和恢复。</source>
      <translation>A database on a shared server is backed up and restored by the server's administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="504" />
      <source>关于</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="872" />
      <source>关于{app}</source>
      <translation>About {app}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="201" />
      <source>关闭时的自动备份</source>
      <translation>Automatic backup on closing</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="455" />
      <source>冲突列表…</source>
      <translation>Conflict list…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="495" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="473" />
      <source>办理时限…</source>
      <translation>Deadlines…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="468" />
      <source>受理回执、登记表、联系卡：在诉求、接待日、委员页选中后打印</source>
      <translation>Receipts, records, contact cards: select on the Requests, Reception days or Members page, then print</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="568" />
      <source>在这台电脑上打开</source>
      <translation>Open on this computer</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="448" />
      <source>备份（立即备份、备份位置）…</source>
      <translation>Backup (back up now, backup location)…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="453" />
      <source>外出工作包…</source>
      <translation>Field package…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="273" />
      <source>委员</source>
      <translation>Members</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="857" />
      <source>委员 {m} 名 · 联系户 {h} 户 · 未办结诉求 {o} 件（超期 {l} 件）</source>
      <translation>Members: {m} · Linked households: {h} · Open requests: {o} (overdue: {l})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="442" />
      <source>委员名册模板…</source>
      <translation>Members roster template…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="68" />
      <source>委员工作室助手</source>
      <translation>Members' Studio Assistant</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="439" />
      <source>导入委员名册…</source>
      <translation>Import members roster…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="454" />
      <source>导入带回文件…</source>
      <translation>Import return file…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="440" />
      <source>导入联户名册…</source>
      <translation>Import linked households roster…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="446" />
      <source>导出当前列表…</source>
      <translation>Export current list…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="274" />
      <source>履职档案</source>
      <translation>Member record</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="478" />
      <source>履职积分办法…</source>
      <translation>Points scheme…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="273" />
      <source>工作台</source>
      <translation>Workbench</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="472" />
      <source>工作室信息…</source>
      <translation>Studio details…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="263" />
      <source>已切换到：{where}</source>
      <translation>Now working in: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="703" />
      <source>已开启登录，管理员是“{name}”。以后打开程序时要输入用户名和密码。</source>
      <translation>Sign-in is now on. The administrator is “{name}”. From now on, you must enter a user name and password when you open the program.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="595" />
      <source>已打开外出工作包：{studio}。现在可以照常登记、走访、答复和回访。</source>
      <translation>Field package opened: {studio}. You can now register, visit, answer and call back as usual.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="694" />
      <source>已经开启登录。用户请在“用户管理”中添加。</source>
      <translation>Sign-in is already on. Add users in “User management”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="183" />
      <source>已自动备份到 {path}</source>
      <translation>Backed up automatically to {path}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="496" />
      <source>帮助(&amp;H)</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="481" />
      <source>开启登录…</source>
      <translation>Turn on sign-in…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="143" />
      <source>当前：{where}</source>
      <translation>Now in: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="460" />
      <source>打印(&amp;P)</source>
      <translation>&amp;Print</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="477" />
      <source>打印设置…</source>
      <translation>Print settings…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="564" />
      <source>打开工作包</source>
      <translation>Open field package</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="456" />
      <source>打开工作包…</source>
      <translation>Open field package…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="565" />
      <source>打开工作包以后，这台电脑改用工作包里的数据（下次启动也是），现在的数据库“{db}”原样保留。工作包是在下乡用的笔记本上打开的；这台是办公室的电脑时，请不要打开。</source>
      <translation>Once the package is open, this computer works in the package's data (at the next start too); the current database “{db}” is kept as it is. Packages are opened on the laptop taken to the villages; do not open one on the office PC.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="501" />
      <source>打开数据文件夹</source>
      <translation>Open the data folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="502" />
      <source>打开日志文件夹</source>
      <translation>Open the log folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="465" />
      <source>扫码找委员海报（A3）…</source>
      <translation>Scan-to-find-a-member poster (A3)…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="464" />
      <source>扫码找委员海报（A4）…</source>
      <translation>Scan-to-find-a-member poster (A4)…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="273" />
      <source>接待日</source>
      <translation>Reception days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="273" />
      <source>接待登记</source>
      <translation>Reception desk</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="274" />
      <source>提案与社情民意</source>
      <translation>Proposals</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="486" />
      <source>操作日志…</source>
      <translation>Audit log…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="169" />
      <source>数据位置：{where}</source>
      <translation>Data location: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="613" />
      <source>数据在共用服务器上：{where}</source>
      <translation>The data is on a shared server: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="438" />
      <source>文件(&amp;F)</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="461" />
      <source>最近一次会议纪要…</source>
      <translation>Latest minutes…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="462" />
      <source>最近一次接待日登记表…</source>
      <translation>Latest reception-day record…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="490" />
      <source>查看(&amp;V)</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="274" />
      <source>档案</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="77" />
      <source>正在打开数据库…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="487" />
      <source>清理旧的来访群众信息…</source>
      <translation>Clear old visitor data…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="457" />
      <source>生成带回文件…</source>
      <translation>Make return file…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="480" />
      <source>用户与权限</source>
      <translation>Users and permissions</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="498" />
      <source>用户手册</source>
      <translation>User guide</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="482" />
      <source>用户管理…</source>
      <translation>User management…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="512" />
      <source>界面语言</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="274" />
      <source>联户</source>
      <translation>Linked households</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="444" />
      <source>联户名册模板…</source>
      <translation>Linked-household roster template…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="188" />
      <source>自动备份没有完成：{why}</source>
      <translation>Automatic backup did not finish: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="476" />
      <source>节假日与调休…</source>
      <translation>Holidays and make-up working days…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="471" />
      <source>设置(&amp;S)</source>
      <translation>&amp;Settings</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="273" />
      <source>诉求</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="474" />
      <source>诉求类别…</source>
      <translation>Request categories…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="650" />
      <source>请先打开“委员”“联户”或“履职档案”页，再导出列表。</source>
      <translation>Open the “Members”, “Linked households” or “Member record” page first, then export the list.</translation>
    </message>
    <message>
      <source>请先打开“委员”或“联户”页，再导出列表。</source>
      <translation type="vanished">Open the “Members” or “Linked households” page first, then export the list.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="475" />
      <source>近义词…</source>
      <translation>Words that mean the same…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="739" />
      <source>还没有开启登录。请先在“设置 → 用户与权限 → 开启登录”中设置。</source>
      <translation>Sign-in is not on yet. Turn it on first in “Settings → Users and permissions → Turn on sign-in”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="761" />
      <source>还没有开启登录，窗口无法锁定。</source>
      <translation>Sign-in is not on, so the window cannot be locked.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="459" />
      <source>退出</source>
      <translation>Exit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="484" />
      <source>锁定窗口</source>
      <translation>Lock window</translation>
    </message>
    <message>
      <location filename="studio_app/ui/main_window.py" line="145" />
      <source>（演示数据）</source>
      <translation> (demo data)</translation>
    </message>
  </context>
  <context>
    <name>MeetingDetail</name>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="524" />
      <source>{unit}尚未反馈。</source>
      <translation>{unit} has not given feedback yet.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="456" />
      <source>主持人</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="392" />
      <source>事项</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="473" />
      <source>会议概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="527" />
      <source>关联诉求 {number}（{status}）：{content}</source>
      <translation>Linked request {number} ({status}): {content}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="459" />
      <source>其他参会人员</source>
      <translation>Other attendees</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="458" />
      <source>出席委员</source>
      <translation>Members present</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="522" />
      <source>反馈：{text}</source>
      <translation>Feedback: {text}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="508" />
      <source>已落实 {day}</source>
      <translation>Done {day}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="510" />
      <source>已超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="394" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="503" />
      <source>未定</source>
      <translation>Not set</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="418" />
      <source>查看关联诉求</source>
      <translation>View linked request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="416" />
      <source>登记落实情况…</source>
      <translation>Record progress…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="460" />
      <source>缺席</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="395" />
      <source>落实情况</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="486" />
      <source>议定事项</source>
      <translation>Agreed items</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="480" />
      <source>议程和讨论情况</source>
      <translation>Agenda and discussion</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="455" />
      <source>议题来源</source>
      <translation>Topic source</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="457" />
      <source>记录人</source>
      <translation>Recorder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="393" />
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="389" />
      <source>跟踪事项</source>
      <translation>Follow-up actions</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="436" />
      <source>跟踪事项（{n} 项，未完成 {o} 项）</source>
      <translation>Follow-up actions ({n}, {o} not done)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="518" />
      <source>选中一项，查看责任单位的反馈；双击登记落实情况。</source>
      <translation>Select an item to see the responsible unit's feedback; double-click it to record progress.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="378" />
      <source>选择左侧的一次会议，查看纪要和跟踪事项。</source>
      <translation>Select a meeting on the left to see its minutes and follow-up actions.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="427" />
      <source>（已归档）</source>
      <translation> (archived)</translation>
    </message>
  </context>
  <context>
    <name>MeetingDialog</name>
    <message>
      <source>{number}（{status}）：{content}</source>
      <translation type="vanished">{number} ({status}): {content}</translation>
    </message>
    <message>
      <source>上移</source>
      <translation type="vanished">Move up</translation>
    </message>
    <message>
      <source>下移</source>
      <translation type="vanished">Move down</translation>
    </message>
    <message>
      <source>与群众诉求有关时，填写诉求编号，如 2025-0012</source>
      <translation type="vanished">If it concerns a visitor request, enter the request number, e.g. 2025-0012</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="150" />
      <source>主持人</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>事项</source>
      <translation type="vanished">Item</translation>
    </message>
    <message>
      <source>会后要落实的事项，写明责任单位和完成期限；与某件群众诉求有关的，填上诉求编号。落实情况在会议纪要页用“跟踪事项”登记。</source>
      <translation type="vanished">Actions to carry out after the meeting, with the responsible unit and deadline. If an action concerns a visitor request, enter the request number. Progress is recorded on the minutes page under “Follow-up actions”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="125" />
      <source>会议主题 *</source>
      <translation>Meeting subject *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="145" />
      <source>会议地点</source>
      <translation>Meeting place</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="152" />
      <source>会议概况</source>
      <translation>Overview</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="154" />
      <source>会议的背景、会前调研和总体情况</source>
      <translation>Background of the meeting, survey visits beforehand and general situation</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="127" />
      <source>会议类型</source>
      <translation>Meeting type</translation>
    </message>
    <message>
      <source>会议议定的事项，一条一项。双击修改。</source>
      <translation type="vanished">What the meeting agreed, one item per line. Double-click to edit.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="205" />
      <source>例如：更正会议地点；补充县财政局的意见</source>
      <translation>e.g. Corrected the meeting place; added the county finance bureau's comments</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="126" />
      <source>例如：柳湾村通村道路硬化</source>
      <translation>e.g. Paving the road to Liuwan village</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="175" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="176" />
      <source>保存（Ctrl+Enter）</source>
      <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="110" />
      <source>修订会议纪要（将生成第 {n} 版）</source>
      <translation>Revise minutes (creates revision {n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="204" />
      <source>修订原因 *</source>
      <translation>Reason for revision *</translation>
    </message>
    <message>
      <source>全部勾选</source>
      <translation type="vanished">Select all</translation>
    </message>
    <message>
      <source>全部取消</source>
      <translation type="vanished">Clear all</translation>
    </message>
    <message>
      <source>关联诉求编号</source>
      <translation type="vanished">Linked request number</translation>
    </message>
    <message>
      <source>其他参会人员</source>
      <translation type="vanished">Other attendees</translation>
    </message>
    <message>
      <source>其他参会人员（{n}）</source>
      <translation type="vanished">Other attendees ({n})</translation>
    </message>
    <message>
      <source>出席委员</source>
      <translation type="vanished">Members present</translation>
    </message>
    <message>
      <source>出席委员（{n}）</source>
      <translation type="vanished">Members present ({n})</translation>
    </message>
    <message>
      <source>出席委员（{n}，缺席 {a}）</source>
      <translation type="vanished">Members present ({n}, absent {a})</translation>
    </message>
    <message>
      <source>出席情况</source>
      <translation type="vanished">Attendance</translation>
    </message>
    <message>
      <source>删除</source>
      <translation type="vanished">Delete</translation>
    </message>
    <message>
      <source>删除选中行</source>
      <translation type="vanished">Delete selected rows</translation>
    </message>
    <message>
      <source>勾选参加这次会议的委员；请假的委员选“缺席”，纪要中列为缺席。</source>
      <translation type="vanished">Tick the members who attend this meeting. For members on leave, choose “Absent”; the minutes list them as absent.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="133" />
      <source>勾选后填写结束时间</source>
      <translation>Tick to enter an end time</translation>
    </message>
    <message>
      <source>单位</source>
      <translation type="vanished">Unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="175" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>姓名</source>
      <translation type="vanished">Name</translation>
    </message>
    <message>
      <source>委员</source>
      <translation type="vanished">Member</translation>
    </message>
    <message>
      <source>完成期限</source>
      <translation type="vanished">Deadline</translation>
    </message>
    <message>
      <source>工作单位</source>
      <translation type="vanished">Work unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="131" />
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>找不到编号为“{number}”的诉求</source>
      <translation type="vanished">No request with the number “{number}” was found</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="114" />
      <source>新建会议</source>
      <translation>New meeting</translation>
    </message>
    <message>
      <source>未定</source>
      <translation type="vanished">Not set</translation>
    </message>
    <message>
      <source>添加一行</source>
      <translation type="vanished">Add row</translation>
    </message>
    <message>
      <source>添加一项</source>
      <translation type="vanished">Add item</translation>
    </message>
    <message>
      <source>添加事项</source>
      <translation type="vanished">Add action</translation>
    </message>
    <message>
      <source>添加议程</source>
      <translation type="vanished">Add agenda item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="206" />
      <source>经办人 *</source>
      <translation>Done by *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="142" />
      <source>结束时间</source>
      <translation>End time</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="112" />
      <source>编辑会议纪要</source>
      <translation>Edit minutes</translation>
    </message>
    <message>
      <source>职务或身份</source>
      <translation type="vanished">Position or role</translation>
    </message>
    <message>
      <source>落实情况</source>
      <translation type="vanished">Progress</translation>
    </message>
    <message>
      <source>讨论情况</source>
      <translation type="vanished">Discussion</translation>
    </message>
    <message>
      <source>讨论情况：谁发言、说了什么。每位发言人另起一行，例如“李堃（县交通运输局）：……”</source>
      <translation type="vanished">Discussion: who spoke and what they said. Start a new line for each speaker, e.g. “Li Kun (county transport bureau): …”</translation>
    </message>
    <message>
      <source>议定事项</source>
      <translation type="vanished">Agreed items</translation>
    </message>
    <message>
      <source>议定事项（{n}）</source>
      <translation type="vanished">Agreed items ({n})</translation>
    </message>
    <message>
      <source>议程</source>
      <translation type="vanished">Agenda</translation>
    </message>
    <message>
      <source>议程（{n}）</source>
      <translation type="vanished">Agenda ({n})</translation>
    </message>
    <message>
      <source>议题</source>
      <translation type="vanished">Topic</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="147" />
      <source>议题来源</source>
      <translation>Topic source</translation>
    </message>
    <message>
      <source>议题，例如：道路硬化方案和资金筹措</source>
      <translation type="vanished">Topic, e.g. Road paving plan and funding</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="151" />
      <source>记录人</source>
      <translation>Recorder</translation>
    </message>
    <message>
      <source>责任单位</source>
      <translation type="vanished">Responsible unit</translation>
    </message>
    <message>
      <source>跟踪事项</source>
      <translation type="vanished">Follow-up actions</translation>
    </message>
    <message>
      <source>跟踪事项第 {n} 项：找不到编号为“{number}”的诉求，请核对编号。</source>
      <translation type="vanished">Follow-up action {n}: no request with the number “{number}” was found. Please check the number.</translation>
    </message>
    <message>
      <source>跟踪事项（{n}）</source>
      <translation type="vanished">Follow-up actions ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="198" />
      <source>这次会议的纪要已定稿。保存后生成第 {n} 版，已存档的各版保持原样。</source>
      <translation>The minutes of this meeting are finalised. Saving creates revision {n}; the archived revisions stay unchanged.</translation>
    </message>
    <message>
      <source>部门负责人、镇村干部、群众代表等。双击单元格修改。</source>
      <translation type="vanished">Department heads, township and village officials, public representatives, etc. Double-click a cell to edit.</translation>
    </message>
    <message>
      <source>（已归档）</source>
      <translation type="vanished"> (archived)</translation>
    </message>
    <message>
      <source>（未填写议题）</source>
      <translation type="vanished">(no topic entered)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_dialog.py" line="148" />
      <source>（未填写）</source>
      <translation>(not filled in)</translation>
    </message>
  </context>
  <context>
    <name>MeetingsPage</name>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="150" />
      <source>{y} 年</source>
      <translation>{y}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="111" />
      <source>主持人</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="109" />
      <source>主题</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="311" />
      <source>事项</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>会议 {id}</source>
      <translation type="vanished">Meeting {id}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="74" />
      <source>会议纪要</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="307" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="191" />
      <source>修订…</source>
      <translation>Revise…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="94" />
      <source>全部年份</source>
      <translation>All years</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/meetings_page.py" line="163" />
      <source>共 %n 次</source>
      <translation>
        <numerusform>%n meeting</numerusform>
        <numerusform>%n meetings</numerusform>
      </translation>
    </message>
    <message>
      <source>共 {n} 次</source>
      <translation type="vanished">{n} in all</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="112" />
      <source>出席</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="314" />
      <source>反馈情况</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="110" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="313" />
      <source>完成日期</source>
      <translation>Date done</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="336" />
      <source>定稿</source>
      <translation>Finalise</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="88" />
      <source>定稿…</source>
      <translation>Finalise…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="337" />
      <source>定稿后，纪要按现在的样子存入档案（记下时间、经办人和校验值），会议内容不能再直接修改；以后要改，须写明修订原因，生成新的一版，已存档的各版保持原样。</source>
      <translation>Once finalised, the minutes are stored in the archive exactly as they are now (with the time, who did it and a checksum), and the meeting can no longer be edited directly. To change it later, you must give a reason for the revision; this creates a new revision, and the archived revisions stay unchanged.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="336" />
      <source>定稿：{topic}</source>
      <translation>Finalise: {topic}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="83" />
      <source>归档</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="250" />
      <source>归档“{topic}”吗？归档后不在列表中显示，纪要和跟踪事项都保留，勾选“显示已归档”可以找到并恢复。</source>
      <translation>Archive “{topic}”? It will no longer be shown in the list, but its minutes and follow-up actions are kept. Tick “Show archived” to find and restore it.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="249" />
      <source>归档会议</source>
      <translation>Archive meeting</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="184" />
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="92" />
      <source>搜索主题、地点、主持人、参会人员…</source>
      <translation>Search subject, place, host, attendees…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="81" />
      <source>新建会议…</source>
      <translation>New meeting…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="107" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="96" />
      <source>显示已归档</source>
      <translation>Show archived</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="114" />
      <source>未完成事项</source>
      <translation>Not done</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="275" />
      <source>未定责任单位</source>
      <translation>responsible unit not set</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="89" />
      <source>版本…</source>
      <translation>Revisions…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="308" />
      <source>登记责任单位的落实情况。取消的事项要写明原因。</source>
      <translation>Record the responsible unit's progress. For a cancelled item, give the reason.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="195" />
      <source>第 {n} 版</source>
      <translation>Revision {n}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="108" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="115" />
      <source>纪要</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="341" />
      <source>经办人</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="82" />
      <source>编辑…</source>
      <translation>Edit…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="195" />
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="312" />
      <source>落实情况</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="113" />
      <source>议定事项</source>
      <translation>Agreed items</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="282" />
      <source>责任单位的反馈，例如：已完成设计，预算 186 万元</source>
      <translation>Feedback from the responsible unit, e.g. Design finished, budget 1.86 million yuan</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="307" />
      <source>跟踪事项 — {topic}</source>
      <translation>Follow-up actions — {topic}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="85" />
      <source>跟踪事项…</source>
      <translation>Follow-up actions…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="87" />
      <source>预览纪要</source>
      <translation>Preview minutes</translation>
    </message>
  </context>
  <context>
    <name>MemberDetail</name>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="79" />
      <source>{level}政协委员</source>
      <translation>{level} CPPCC member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="38" />
      <source>从未走访</source>
      <translation>Never visited</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="32" />
      <source>在左侧列表中选择一位委员，
这里会显示其联系户和走访记录。</source>
      <translation>Select a member in the list on the left
to see their linked households and visits.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="94" />
      <source>已归档的委员不能添加联系户，请先恢复。</source>
      <translation>An archived member cannot get new linked households. Restore the member first.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="40" />
      <source>户主/名称</source>
      <translation>Head of household / name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="64" />
      <source>方式</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="62" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="42" />
      <source>最近走访</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="41" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="52" />
      <source>添加联系户…</source>
      <translation>Add linked household…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="63" />
      <source>联系户</source>
      <translation>Linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="85" />
      <source>联系户（{n}）</source>
      <translation>Linked households ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="44" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>解除{member}与“{household}”的联系？

解除后，这条联系和以往的走访记录仍保留在历史中，以后可以重新添加。</source>
      <translation type="vanished">Unlink {member} from “{household}”?

The link and its past visit records stay in the history, and you can add the link again later.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="43" />
      <source>解除日期</source>
      <translation>Ends on</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="53" />
      <source>解除联系</source>
      <translation>Unlink</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="54" />
      <source>记录走访…</source>
      <translation>Record visit…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="65" />
      <source>走访情况</source>
      <translation>Visit notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_detail.py" line="76" />
      <source>（已归档）</source>
      <translation> (archived)</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="103" />
      <source>专委会</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="111" />
      <source>专长</source>
      <translation>Specialties</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="167" />
      <source>图片 (*.jpg *.jpeg *.png)</source>
      <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="112" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="92" />
      <source>姓名 *</source>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="226" />
      <source>委员信息已保存，但照片没有保存：{reason}</source>
      <translation>The member was saved, but the photo was not: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="104" />
      <source>工作单位及职务</source>
      <translation>Work unit and position</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="107" />
      <source>工作室身份</source>
      <translation>Role in studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="233" />
      <source>已有同名同电话的委员“{name}”。仍要保存为新记录吗？
（如果是同一个人，请打开已有记录修改。）</source>
      <translation>A member named “{name}” with the same phone number already exists. Save this as a new record anyway?
(If it is the same person, open the existing record and edit it.)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="93" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="106" />
      <source>手机号或座机号，如 13812345678、0931-8123456</source>
      <translation>Mobile or landline, e.g. 13812345678, 0931-8123456</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="86" />
      <source>新增委员</source>
      <translation>New member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="177" />
      <source>无法读取这张图片，请选择 JPG 或 PNG 格式的照片。</source>
      <translation>This image cannot be read. Please choose a JPG or PNG photo.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="115" />
      <source>无照片</source>
      <translation>No photo</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="102" />
      <source>界别</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="123" />
      <source>移除照片</source>
      <translation>Remove photo</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="97" />
      <source>级别</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="86" />
      <source>编辑委员</source>
      <translation>Edit member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="105" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="167" />
      <source>选择委员照片</source>
      <translation>Choose member photo</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="121" />
      <source>选择照片…</source>
      <translation>Choose photo…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="230" />
      <source>重复的委员</source>
      <translation>Duplicate member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_dialog.py" line="94" />
      <source>（未填写）</source>
      <translation>(not filled in)</translation>
    </message>
  </context>
  <context>
    <name>MemberRecordPage</name>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="226" />
      <source>&lt;b&gt;{year} 年履职积分 {total} 分&lt;/b&gt;（基础分 {base}，合格线 {mark}）：{verdict}。按{scheme}计分。</source>
      <translation>&lt;b&gt;Points for {year}: {total}&lt;/b&gt; (base {base}, pass mark {mark}): {verdict}. Scored by the {scheme}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="412" />
      <source>Excel 文件 (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="243" />
      <source>{kind}（{n} 项）</source>
      <translation>{kind} ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="436" />
      <source>{year} 年已按现行的{scheme}计分。</source>
      <translation>{year} is already scored by the current {scheme}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="441" />
      <source>{year} 年现按{old}计分。改按现行的{new}重算？排名和档案会随之改变，此操作记入操作日志。</source>
      <translation>{year} is scored by the {old}. Re-score it by the current {new}? The ranking and the records will change; this is written to the audit log.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="411" />
      <source>{year}年度委员履职积分.xlsx</source>
      <translation>Member points {year}.xlsx</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="100" />
      <source>一人一档</source>
      <translation>Member's record</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="224" />
      <source>不合格</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="323" />
      <source>全部委员履职档案</source>
      <translation>All members' records</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="165" />
      <source>办理情况</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="164" />
      <source>办理结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="162" />
      <source>双击（或按 Enter）登记的活动，查看它的附件</source>
      <translation>Double-click (or press Enter on) an entered activity to see its attachments</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="290" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="224" />
      <source>合格</source>
      <translation>Passed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="375" />
      <source>名次</source>
      <translation>Rank</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="174" />
      <source>图表</source>
      <translation>Charts</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="375" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="131" />
      <source>委员</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="218" />
      <source>委员编号</source>
      <translation>Member code</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="337" />
      <source>导出 Excel…</source>
      <translation>Export to Excel…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="338" />
      <source>导出 Excel（Ctrl+E）</source>
      <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="411" />
      <source>导出履职积分</source>
      <translation>Export member points</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="317" />
      <source>履职档案</source>
      <translation>Member record</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="173" />
      <source>履职活动</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="101" />
      <source>履职积分排名</source>
      <translation>Points ranking</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="422" />
      <source>已导出 {n} 位委员的积分到 {file}。</source>
      <translation>Exported the points of {n} members to {file}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="133" />
      <source>年度</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="375" />
      <source>总分</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="125" />
      <source>打印全部委员档案…</source>
      <translation>Print all members' records…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="340" />
      <source>打印排名…</source>
      <translation>Print the ranking…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="123" />
      <source>打印本人档案…</source>
      <translation>Print this record…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="176" />
      <source>承办诉求</source>
      <translation>Requests handled</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="370" />
      <source>按{scheme}计分，合格线 {mark} 分；{n} 位委员，合格 {passed} 位。点列标题排序，双击一行查看该委员的档案。</source>
      <translation>Scored by the {scheme}, pass mark {mark}; {n} members, {passed} passed. Click a column heading to sort; double-click a row to open the member's record.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="342" />
      <source>按现行办法重算该年…</source>
      <translation>Re-score this year by the current scheme…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="165" />
      <source>提交日期</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="177" />
      <source>提案和社情民意</source>
      <translation>Proposals and public-opinion reports</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="290" />
      <source>撤回</source>
      <translation>Withdraw</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="121" />
      <source>撤回所选活动</source>
      <translation>Withdraw the activity</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="288" />
      <source>撤回活动</source>
      <translation>Withdraw activity</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="289" />
      <source>撤回这项活动？它将不再计入履职档案和积分（记录和附件仍保留）。</source>
      <translation>Withdraw this activity? It will no longer count in the record or the points (the entry and its attachments are kept).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="156" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="375" />
      <source>是否合格</source>
      <translation>Passed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="251" />
      <source>未走访</source>
      <translation>Not visited</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="163" />
      <source>本人最近走访</source>
      <translation>Last visit by the member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="163" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="165" />
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="156" />
      <source>活动</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="164" />
      <source>登记日期</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="119" />
      <source>登记活动…</source>
      <translation>Record an activity…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="143" />
      <source>积分</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="143" />
      <source>积分项目及来源</source>
      <translation>Points item and source</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="164" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="164" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="165" />
      <source>署名</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="163" />
      <source>联系户</source>
      <translation>Linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="164" />
      <source>诉求</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="307" />
      <source>这项活动没有附件。</source>
      <translation>This activity has no attachments.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="444" />
      <source>重算</source>
      <translation>Re-score</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="440" />
      <source>重算往年积分</source>
      <translation>Re-score a past year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/member_record_page.py" line="234" />
      <source>（已达上限）</source>
      <translation> (cap reached)</translation>
    </message>
  </context>
  <context>
    <name>MembersModel</name>
    <message>
      <location filename="studio_app/ui/members_page.py" line="38" />
      <source>专委会</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="34" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="39" />
      <source>工作单位</source>
      <translation>Work unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="41" />
      <source>工作室身份</source>
      <translation>Role in studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="35" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="37" />
      <source>界别</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="36" />
      <source>级别</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="42" />
      <source>联系户数</source>
      <translation>Linked households</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="40" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="57" />
      <source>（已归档）</source>
      <translation> (archived)</translation>
    </message>
  </context>
  <context>
    <name>MembersPage</name>
    <message>
      <location filename="studio_app/ui/members_page.py" line="98" />
      <source>保存二维码…</source>
      <translation>Save QR code…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="130" />
      <source>全部状态</source>
      <translation>All statuses</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="125" />
      <source>全部界别</source>
      <translation>All sectors</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="127" />
      <source>全部级别</source>
      <translation>All levels</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="130" />
      <source>在册</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="167" />
      <source>委员名册</source>
      <translation>Member roster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="96" />
      <source>履职档案</source>
      <translation>Member record</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="130" />
      <source>已归档</source>
      <translation>Archived</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="161" />
      <source>归档委员“{name}”？

归档后，这位委员不再出现在日常名单中，但其联系户、走访等历史记录都会保留。需要时可在“已归档”中找到并恢复。</source>
      <translation>Archive member “{name}”?

Archived members no longer appear in everyday lists, but their linked households, visits and other history are kept. You can find and restore them under “Archived” when needed.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="100" />
      <source>扫码找委员海报…</source>
      <translation>Scan-to-find-a-member poster…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/members_page.py" line="97" />
      <source>联系卡…</source>
      <translation>Contact card…</translation>
    </message>
  </context>
  <context>
    <name>MembersTab</name>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="62" />
      <source>全部勾选</source>
      <translation>Select all</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="63" />
      <source>全部取消</source>
      <translation>Clear all</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="142" />
      <source>出席委员（{n}）</source>
      <translation>Members present ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="141" />
      <source>出席委员（{n}，缺席 {a}）</source>
      <translation>Members present ({n}, absent {a})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="51" />
      <source>出席情况</source>
      <translation>Attendance</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="49" />
      <source>勾选参加这次会议的委员；请假的委员选“缺席”，纪要中列为缺席。</source>
      <translation>Tick the members who attend this meeting. For members on leave, choose “Absent”; the minutes list them as absent.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="51" />
      <source>委员</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="51" />
      <source>工作单位</source>
      <translation>Work unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/members_tab.py" line="73" />
      <source>（已归档）</source>
      <translation> (archived)</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="415" />
      <source>{year} 年：放假 {off} 天，调休上班 {on} 天。请与通知原文核对。</source>
      <translation>{year}: {off} days off, {on} make-up working days. Please check them against the notice.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="388" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="427" />
      <source>保存 {year} 年安排</source>
      <translation>Save the {year} arrangement</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="388" />
      <source>取消</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="422" />
      <source>另有手工录入的 {days} 不在通知中，保存后仍保留，如不需要请在列表中删除。</source>
      <translation>Days entered by hand that the notice does not name ({days}) are kept when it is saved; delete them from the list if they are not needed.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="371" />
      <source>安排</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="365" />
      <source>把“国务院办公厅关于某年部分节假日安排的通知”从标题到落款整篇粘贴在这里。</source>
      <translation>Paste the State Council's notice on the year's holiday arrangement here, whole, from its title to its signature.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="369" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="370" />
      <source>星期</source>
      <translation>Weekday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="403" />
      <source>粘贴后，右边列出识别出的放假日和调休上班日，核对无误再保存。</source>
      <translation>Once it is pasted, the days off and make-up working days found are listed here; check them, then save.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="360" />
      <source>粘贴国务院放假安排通知</source>
      <translation>Paste the State Council's holiday notice</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="372" />
      <source>节日</source>
      <translation>Holiday</translation>
    </message>
  </context>
  <context>
    <name>OthersTab</name>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="75" />
      <source>其他参会人员（{n}）</source>
      <translation>Other attendees ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="41" />
      <source>删除选中行</source>
      <translation>Delete selected rows</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="30" />
      <source>单位</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="30" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="41" />
      <source>添加一行</source>
      <translation>Add row</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="30" />
      <source>职务或身份</source>
      <translation>Position or role</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meeting_form/others_tab.py" line="29" />
      <source>部门负责人、镇村干部、群众代表等。双击单元格修改。</source>
      <translation>Department heads, township and village officials, public representatives, etc. Double-click a cell to edit.</translation>
    </message>
  </context>
  <context>
    <name>OwnWordsDialog</name>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="76" />
      <source>不相近（{score:.2f}，达到 {limit:.2f} 才列出）：登记时不会列出。</source>
      <translation>Not alike ({score:.2f}; listed from {limit:.2f}): not listed at registration.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="54" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="74" />
      <source>内容相近（{score:.2f}，达到 {limit:.2f} 即列出）：登记时会列出。</source>
      <translation>Alike ({score:.2f}; listed from {limit:.2f}): listed at registration.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="54" />
      <source>取消</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="45" />
      <source>如：下水道积水，院子被淹</source>
      <translation>e.g. the drain overflows, the yard is flooded</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="44" />
      <source>如：洋沟冒水，坝子里全是水</source>
      <translation>e.g. the same in the village’s own words</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="41" />
      <source>本地说法(&amp;W)</source>
      <translation>Local &amp;words</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="37" />
      <source>洋沟 下水道 排水沟
问题：冒水 积水
坝子 院子</source>
      <translation>gully drain ditch
problem: overflowing flooded
yard courtyard</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="29" />
      <source>登记时，程序把内容相近的未办结诉求列出来。它已认得 {n} 组基层常用说法（如“下水道、排水沟”“宅基地、房基地”）；本地的说法写在下面，每行一组，词之间用空格分开，第一个词代表这一组。说“出了什么事”的一组（堵、漏、欠薪）在行首写“问题：”。# 之后是说明。</source>
      <translation>At registration the program lists the open requests that read alike. It knows {n} groups of words people commonly use for the same thing (a drain and a ditch, a house plot and a building plot); write the local words below, one group a line, words apart by spaces, the first word standing for the group. Start a group that says what went wrong (blocked, leaking, unpaid wages) with “problem:”. Anything after # is a note.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="49" />
      <source>诉求乙(&amp;B)</source>
      <translation>Request &amp;B</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="48" />
      <source>试一试：诉求甲(&amp;A)</source>
      <translation>Try: request &amp;A</translation>
    </message>
    <message>
      <location filename="studio_app/ui/own_words_dialog.py" line="27" />
      <source>近义词</source>
      <translation>Words that mean the same</translation>
    </message>
  </context>
  <context>
    <name>PackageFileDialog</name>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="119" />
      <source>两次输入的口令不一样。</source>
      <translation>The two passphrases differ.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="70" />
      <source>例如 U 盘上的文件</source>
      <translation>e.g. a file on a USB stick</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="82" />
      <source>再输入一次</source>
      <translation>Again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="78" />
      <source>口令</source>
      <translation>Passphrase</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="85" />
      <source>口令至少 6 个字符。请记住它，或当面告诉带文件的人：没有口令，谁也打不开这个文件（U 盘丢了，里面的群众信息也就不会泄露）。</source>
      <translation>At least 6 characters. Remember it, or tell the person carrying the file face to face: without it nobody can open the file (so a lost USB stick does not give away the villagers' data).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="75" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="71" />
      <source>浏览…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/field_dialogs.py" line="116" />
      <source>请选择文件。</source>
      <translation>Please choose a file.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreviewDialog</name>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="154" />
      <source>PDF 文档 (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="116" />
      <source>共 {n} 页</source>
      <translation>Pages: {n}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="114" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="152" />
      <source>另存为 PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="107" />
      <source>另存为…</source>
      <translation>Save as…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="172" />
      <source>打印</source>
      <translation>Print</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="103" />
      <source>打印…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="88" />
      <source>打印预览：{title}</source>
      <translation>Print preview: {title}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="112" />
      <source>整页</source>
      <translation>Whole page</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="198" />
      <source>无法开始打印。请检查打印机是否已连接并开机。</source>
      <translation>Printing could not start. Check that the printer is connected and switched on.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="110" />
      <source>适合宽度</source>
      <translation>Fit width</translation>
    </message>
  </context>
  <context>
    <name>PointsSchemeDialog</name>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="102" />
      <source>不设</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="104" />
      <source>例如：按 {year} 年县政协考核办法调整</source>
      <translation>e.g. adjusted to the county CPPCC's {year} assessment rules</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="106" />
      <source>保存为新版本</source>
      <translation>Save as a new version</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="103" />
      <source>修改说明</source>
      <translation>What changed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="106" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="78" />
      <source>合格分</source>
      <translation>Pass mark</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="77" />
      <source>基础分</source>
      <translation>Base score</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="58" />
      <source>履职积分办法</source>
      <translation>Points scheme</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="85" />
      <source>年度上限</source>
      <translation>Cap a year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="99" />
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="85" />
      <source>每项分值</source>
      <translation>Points each</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="68" />
      <source>现行第 {n} 版（{since}）。总分 = 基础分 + 各加分项（每项不超过年度上限）− 各扣分项。联名的提案和社情民意，领衔委员得“领衔所得”的比例，附议委员平分其余。保存后作为新版本自今年起施行，往年仍按当年的版本计分；要按新办法重算往年，请在“委员 → 履职积分排名”中选中年份后操作（会记入操作日志）。</source>
      <translation>Version {n} in force ({since}). Total = base score + each item (no more than its yearly cap) − each deduction. For joint proposals and public-opinion reports, the lead member gets the “lead's share” and the co-signers share the rest equally. Saving publishes a new version in force from this year; earlier years keep the version they were scored with. To re-score an earlier year by the new scheme, choose the year under “Members → Points ranking” (written to the audit log).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="85" />
      <source>立案/采用另加</source>
      <translation>Extra if accepted</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="63" />
      <source>自 {year} 年起施行</source>
      <translation>in force from {year}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="85" />
      <source>计分对象</source>
      <translation>Counts</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="85" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="81" />
      <source>领衔所得</source>
      <translation>Lead's share</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="65" />
      <source>默认办法</source>
      <translation>the default</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="95" />
      <source>（扣分）</source>
      <translation> (deduction)</translation>
    </message>
  </context>
  <context>
    <name>PrintSettingsDialog</name>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="515" />
      <source>TrueType 字体 (*.ttf *.ttc)</source>
      <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="490" />
      <source>不填：二维码里是委员的联系方式</source>
      <translation>Empty: the QR code holds the member's contact details</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="466" />
      <source>中文字体</source>
      <translation>Chinese font</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="472" />
      <source>中文字体：一般不用选，程序会依次使用这台电脑上的{fonts}。哪个字（如生僻字）前面的字体里没有，就用后面有这个字的字体。</source>
      <translation>Chinese font: usually there is nothing to choose. The program uses these fonts on this computer, in this order: {fonts}. A character that one font lacks (such as a rare one) is taken from the next font that has it.</translation>
    </message>
    <message>
      <source>中文字体：自动选择时依次使用 {fonts}。某个字（如生僻字）前面的字体没有时，用后面含有它的字体。</source>
      <translation type="vanished">Chinese font: when set to automatic, these fonts are used in this order: {fonts}. If a font lacks a character (such as a rare one), the next font that has it is used.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="499" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="485" />
      <source>公文式：会议纪要按党政机关公文格式（GB/T 9704）排版，标题用小标宋或黑体、一级标题黑体、二级标题楷体、正文仿宋（没有仿宋时用宋体）三号字；登记表和回执也用这些字体。紧凑：全部用一种字体、五号字，长的登记表页数少。</source>
      <translation>Official style: minutes are laid out like government documents (GB/T 9704): the title in Xiaobiaosong or Hei, first-level headings in Hei, second-level headings in Kai, the body in Fangsong (Song where there is none) at 16 pt; registers and receipts use the same fonts. Compact: one font at 10.5 pt, so long registers take fewer pages.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="499" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="448" />
      <source>打印设置</source>
      <translation>Print settings</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="491" />
      <source>扫码网址</source>
      <translation>QR code web address</translation>
    </message>
    <message>
      <source>扫码网址：不填时，委员二维码里就是委员的联系方式（姓名、电话、工作室和专长），群众用手机一扫就能存进通讯录，不需要上网。如果县政协有委员介绍的网页，可以把网址填在这里，二维码改为打开这个网页；网址里写上 {id} 的地方，会换成每位委员的编号，例如 https://www.example.gov.cn/weiyuan/{id}。</source>
      <translation type="vanished">QR code web address: when it is empty, a member's QR code holds their contact details (name, phone, studio and specialties), which people save to their phone's contacts with one scan, with no internet needed. If the county CPPCC has web pages introducing its members, enter the address here and the QR code opens that page instead; where the address says {id}, each member's number is put in, e.g. https://www.example.gov.cn/weiyuan/{id}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="493" />
      <source>扫码网址：不填时，委员二维码里就是委员的联系方式（姓名、电话和工作室），群众用手机相机一扫就能存进通讯录，不需要上网（微信“扫一扫”只显示文字，不能保存）。如果县政协有委员介绍的网页，可以把网址填在这里，二维码改为打开这个网页；网址里写上 {id} 的地方，会换成每位委员的编号，例如 https://www.example.gov.cn/weiyuan/{id}。海报上每个二维码旁都印着委员的电话。</source>
      <translation>Scan address: when empty, a member's QR code holds the member's contact details (name, phone and studio), which villagers save to their contacts by scanning with the phone's camera, with no internet (WeChat's Scan only shows them as text and cannot save them). If the county CPPCC has web pages about its members, enter the address here and the codes open that page instead; {id} in the address is replaced by each member's id, e.g. https://www.example.gov.cn/weiyuan/{id}. The poster prints each member's phone number beside the code.</translation>
    </message>
    <message>
      <source>扫码网址：留空时，二维码中是委员的电子名片（vCard），手机扫码即可保存姓名、电话和专长，不需要上网。填写县政协微信页面的网址时，{id} 会换成委员的编号。</source>
      <translation type="vanished">QR code web address: if left empty, the QR code holds the member's electronic business card (vCard); scanning it with a phone saves the name, phone and specialties, with no internet needed. If you enter the address of the county CPPCC WeChat page, {id} is replaced with the member's number.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="483" />
      <source>纪要和登记表版式</source>
      <translation>Layout of minutes and registers</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="457" />
      <source>自动</source>
      <translation>Automatic</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="454" />
      <source>自动选择（推荐）</source>
      <translation>Automatic (recommended)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="455" />
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="515" />
      <source>选择中文字体</source>
      <translation>Choose Chinese font</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="474" />
      <source>（没有找到中文字体）</source>
      <translation>(no Chinese font found)</translation>
    </message>
    <message>
      <source>（没有找到）</source>
      <translation type="vanished">(none found)</translation>
    </message>
  </context>
  <context>
    <name>ProposalDetailPanel</name>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="201" />
      <source>{level}级</source>
      <translation>{level} level</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="244" />
      <source>具体建议</source>
      <translation>Concrete suggestions</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="164" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="175" />
      <source>回访</source>
      <translation>Return visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="246" />
      <source>基本情况</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="246" />
      <source>存在问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="233" />
      <source>建议承办单位：{units}</source>
      <translation>Suggested handling units: {units}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="175" />
      <source>待回访</source>
      <translation>Awaiting return visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="244" />
      <source>情况分析</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="247" />
      <source>意见建议</source>
      <translation>Recommendations</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="162" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="193" />
      <source>更正第 {n} 步：{step}</source>
      <translation>Correction of step {n}: {step}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="231" />
      <source>来自共性问题：{title}</source>
      <translation>From the common issue: {title}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="171" />
      <source>来自诉求（双击查看）</source>
      <translation>From the requests (double-click to view)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="185" />
      <source>正文</source>
      <translation>Text</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="161" />
      <source>步</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="163" />
      <source>步骤</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="174" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="209" />
      <source>理由：{reason}</source>
      <translation>Reason: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="159" />
      <source>经过（选中一步可“更正”）</source>
      <translation>Course (select a step to “Correct” it)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="173" />
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="151" />
      <source>选择左侧的一份提案或社情民意信息，查看经过和正文。</source>
      <translation>Select a proposal or public-opinion report on the left to see its course and text.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="229" />
      <source>附议：{names}</source>
      <translation>Co-signers: {names}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="227" />
      <source>领衔：{names}</source>
      <translation>Lead: {names}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="211" />
      <source>（{actor}）</source>
      <translation>({actor})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="195" />
      <source>（已更正）</source>
      <translation> (corrected)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="250" />
      <source>（未填写）</source>
      <translation>(not filled in)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="227" />
      <source>（未选）</source>
      <translation>(none chosen)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="212" />
      <source>；</source>
      <translation>; </translation>
    </message>
  </context>
  <context>
    <name>ProposalDialog</name>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="69" />
      <source>例如：关于加强农村路灯维护的提案</source>
      <translation>e.g. On better upkeep of village street lights</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="71" />
      <source>例如：农村独居老人冬季取暖难</source>
      <translation>e.g. Elderly people living alone in villages find it hard to keep warm in winter</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="87" />
      <source>例如：县交通运输局、县财政局</source>
      <translation>e.g. county transport bureau, county finance bureau</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="110" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="84" />
      <source>具体、可行的建议，一条一段</source>
      <translation>Concrete, feasible suggestions, one per paragraph</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="104" />
      <source>具体建议</source>
      <translation>Concrete suggestions</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="97" />
      <source>反映人</source>
      <translation>Reported by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="80" />
      <source>反映的基本情况：时间、地点、范围、数量</source>
      <translation>The background: when, where, how widespread, how many</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="110" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="102" />
      <source>基本情况</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="81" />
      <source>存在的问题</source>
      <translation>The problems</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="103" />
      <source>存在问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="105" />
      <source>建议承办单位</source>
      <translation>Suggested handling units</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="79" />
      <source>情况、存在的问题及其原因</source>
      <translation>The situation, the problems and their causes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="100" />
      <source>情况分析</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="104" />
      <source>意见建议</source>
      <translation>Recommendations</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="84" />
      <source>意见建议，一条一段</source>
      <translation>Recommendations, one per paragraph</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="63" />
      <source>新建{kind}</source>
      <translation>New {kind}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="96" />
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="96" />
      <source>案由</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="63" />
      <source>编辑{kind}</source>
      <translation>Edit {kind}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="98" />
      <source>联名委员</source>
      <translation>Jointly with</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="106" />
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="98" />
      <source>附议委员</source>
      <translation>Co-signers</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="97" />
      <source>领衔委员</source>
      <translation>Lead member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="89" />
      <source>领衔委员本人的电话；不填则用委员名册中的电话</source>
      <translation>The lead member's own phone; left empty, the one in the member roster is used</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="74" />
      <source>（请选择）</source>
      <translation>(choose)</translation>
    </message>
  </context>
  <context>
    <name>ProposalsModel</name>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="100" />
      <source>当前进展</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="103" />
      <source>提交</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="98" />
      <source>案由/标题</source>
      <translation>Subject / title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="122" />
      <source>等 {n} 人</source>
      <translation> and others ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="97" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="101" />
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="102" />
      <source>起草</source>
      <translation>Drafted</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="99" />
      <source>领衔</source>
      <translation>Lead</translation>
    </message>
  </context>
  <context>
    <name>ProposalsPage</name>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="477" />
      <source>Word 文档 (*.docx)</source>
      <translation>Word documents (*.docx)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="342" />
      <source>{year}年</source>
      <translation>{year}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="434" />
      <source>“{title}”已经提交，正文不再修改；请在导出的 Word 文件中修改，或用“更正”改正记错的一步。</source>
      <translation>“{title}” has been submitted: its text is no longer changed here. Edit the exported Word file, or use “Correct” for a step recorded wrongly.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="304" />
      <source>全部年份</source>
      <translation>All years</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="302" />
      <source>全部类型</source>
      <translation>All types</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="303" />
      <source>全部进展</source>
      <translation>All progress</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="494" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="476" />
      <source>导出 Word</source>
      <translation>Exported to Word</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="299" />
      <source>导出 Word…</source>
      <translation>Export Word…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="486" />
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="485" />
      <source>已导出到：
{path}

可以用 Word 或 WPS 打开修改。</source>
      <translation>Exported to:
{path}

It opens in Word or WPS for editing.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="300" />
      <source>归档</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="492" />
      <source>归档“{title}”？归档后不再出现在列表中，也不计入履职；经过和正文都会保留。</source>
      <translation>Archive “{title}”? It leaves the list and no longer counts in the members' records; its course and text are kept.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="293" />
      <source>批示…</source>
      <translation>Instruction…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="290" />
      <source>提交…</source>
      <translation>Submit…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="280" />
      <source>新建提案</source>
      <translation>New proposal</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="283" />
      <source>新建社情民意</source>
      <translation>New report</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="297" />
      <source>更正…</source>
      <translation>Correct…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="295" />
      <source>满意度…</source>
      <translation>Satisfaction…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="291" />
      <source>立案结果…</source>
      <translation>Registration…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="294" />
      <source>答复…</source>
      <translation>Answer…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="285" />
      <source>编辑正文…</source>
      <translation>Edit text…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="292" />
      <source>采用…</source>
      <translation>Adoption…</translation>
    </message>
  </context>
  <context>
    <name>ReceptionDaysPage</name>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="110" />
      <source> 年</source>
      <translation> </translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="143" />
      <source>&lt;span style='background:#dce8f7'&gt;&amp;nbsp;计划&amp;nbsp;&lt;/span&gt; &lt;span style='background:#d9f0dc'&gt;&amp;nbsp;已举行&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e6e6e6'&gt;&amp;nbsp;已取消&amp;nbsp;&lt;/span&gt;</source>
      <translation>&lt;span style='background:#dce8f7'&gt;&amp;nbsp;Planned&amp;nbsp;&lt;/span&gt; &lt;span style='background:#d9f0dc'&gt;&amp;nbsp;Held&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e6e6e6'&gt;&amp;nbsp;Cancelled&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="379" />
      <source>{year} 年{pending}：接待日按预估的法定节假日顺延，通知下发录入后请核对。</source>
      <translation>{year}: {pending}. Reception days move past the estimated statutory holidays; check them once the notice is entered.</translation>
    </message>
    <message>
      <source>{year} 年的接待日都已生成，没有新增。</source>
      <translation type="vanished">All reception days for {year} have already been created; none were added.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="365" />
      <source>以后再说</source>
      <translation>Later</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="431" />
      <source>例如：外出开会</source>
      <translation>e.g. Away at a meeting</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="472" />
      <source>例如：暴雨红色预警，改到下月一并接待</source>
      <translation>e.g. Red rainstorm warning; visitors will be received next month</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="388" />
      <source>例如：汛期专场接待</source>
      <translation>e.g. Special reception for the flood season</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="351" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="155" />
      <source>值班委员</source>
      <translation>Members on duty</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="412" />
      <source>值班安排 — {date}</source>
      <translation>Duty roster — {date}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="120" />
      <source>值班安排…</source>
      <translation>Duty roster…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="265" />
      <source>值班：{names}</source>
      <translation>On duty: {names}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="418" />
      <source>勾选当天值班的委员（至少一位）。</source>
      <translation>Tick the members on duty that day (at least one).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="444" />
      <source>原值班委员</source>
      <translation>Current member on duty</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="446" />
      <source>原因</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="482" />
      <source>取消原因</source>
      <translation>Reason for cancelling</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="272" />
      <source>取消原因：{reason}</source>
      <translation>Reason for cancelling: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="480" />
      <source>取消后这一天仍保留在列表中（灰色），以备查考。</source>
      <translation>A cancelled day stays in the list (in grey) for the record.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="475" />
      <source>取消接待日</source>
      <translation>Cancel reception day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="474" />
      <source>取消接待日 — {date}</source>
      <translation>Cancel reception day — {date}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="123" />
      <source>取消接待日…</source>
      <translation>Cancel reception day…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="130" />
      <source>工作室</source>
      <translation>Studio</translation>
    </message>
    <message numerus="yes">
      <source>已生成 %n 个接待日。遇周末或节假日的已顺延到下一个工作日。</source>
      <translation type="vanished">
        <numerusform>%n reception day created. A day falling on a weekend or holiday was moved to the next working day.</numerusform>
        <numerusform>%n reception days created. Days falling on a weekend or holiday were moved to the next working day.</numerusform>
      </translation>
    </message>
    <message>
      <source>已生成 {n} 个接待日。遇周末或节假日的已顺延到下一个工作日。</source>
      <translation type="vanished">{n} reception days created. Days falling on a weekend or holiday were moved to the next working day.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="126" />
      <source>开始接待登记</source>
      <translation>Open reception desk</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="448" />
      <source>所有委员都已在当天值班名单中，无人可换。</source>
      <translation>All members are already on duty that day; there is no one to swap in.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="127" />
      <source>打印登记表…</source>
      <translation>Print reception-day record…</translation>
    </message>
    <message>
      <source>按平时的说法写，例如：每月15日、每月10日和20日、每月第一个星期三、每月最后一个星期五。遇周末或节假日自动顺延到下一个工作日。</source>
      <translation type="vanished">Write it the way you would say it, e.g. the 15th of each month; the 10th and 20th of each month; the first Wednesday of each month; the last Friday of each month. A day that falls on a weekend or holiday moves to the next working day.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="352" />
      <source>按平时的说法写，例如：每月15日、每月10日和20日、每月第一个星期三、每月最后一个星期五。遇周末或节假日顺延到下一个工作日；顺延会跨到下个月的，改为提前到当月最后一个工作日；当月没有的日子（如4月31日）安排在当月最后一天；两个日子落到同一天的，只安排一个接待日。</source>
      <translation>Write it as you would say it, for example: 15th of every month, the 10th and 20th of every month, the first Wednesday of every month, the last Friday of every month. A day on a weekend or holiday moves to the next working day; if that is in the next month, it moves back to the month's last working day before it instead; a day a month lacks (31 April) is held on the month's last day; two days that fall on the same date make one reception day.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="445" />
      <source>换为</source>
      <translation>Replace with</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="434" />
      <source>换班</source>
      <translation>Swap duty</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="433" />
      <source>换班 — {date}</source>
      <translation>Swap duty — {date}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="121" />
      <source>换班…</source>
      <translation>Swap duty…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="351" />
      <source>接待日规则</source>
      <translation>Reception-day rule</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="116" />
      <source>接待日规则…</source>
      <translation>Reception-day rule…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="223" />
      <source>接待日规则：{rule}</source>
      <translation>Reception-day rule: {rule}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="263" />
      <source>接待日（{status}）</source>
      <translation>Reception day ({status})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="459" />
      <source>改期</source>
      <translation>Reschedule</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="458" />
      <source>改期 — {date}</source>
      <translation>Reschedule — {date}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="122" />
      <source>改期…</source>
      <translation>Reschedule…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="467" />
      <source>改期原因</source>
      <translation>Reason for rescheduling</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="464" />
      <source>改期后原定日期会保留在说明中。</source>
      <translation>After rescheduling, the original date is kept in the notes.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="389" />
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="389" />
      <source>新增接待日</source>
      <translation>Add reception day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="118" />
      <source>新增接待日…</source>
      <translation>Add reception day…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="466" />
      <source>新日期</source>
      <translation>New date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="152" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="153" />
      <source>星期</source>
      <translation>Weekday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="158" />
      <source>未办结</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="155" />
      <source>未安排</source>
      <translation>Not assigned</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="222" />
      <source>未设置</source>
      <translation>Not set</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="156" />
      <source>来访人次</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="124" />
      <source>标记已举行</source>
      <translation>Mark as held</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="341" />
      <source>每月15日</source>
      <translation>15th of each month</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="154" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="364" />
      <source>生成</source>
      <translation>Create</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="117" />
      <source>生成全年接待日</source>
      <translation>Create reception days for the year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="360" />
      <source>生成接待日</source>
      <translation>Create reception days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="277" />
      <source>由 {date} 改期：{reason}</source>
      <translation>Moved from {date}: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="357" />
      <source>规则</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="361" />
      <source>规则已保存为“{rule}”。现在生成 {year} 年的接待日吗？</source>
      <translation>Rule saved as “{rule}”. Create the reception days for {year} now?</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="157" />
      <source>诉求</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="159" />
      <source>说明</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="219" />
      <source>还没有工作室。请先在首次使用向导中填写工作室信息。</source>
      <translation>There is no studio yet. Please enter the studio details in the first-use wizard first.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="225" />
      <source>（{year} 年{pending}，遇预估的法定节假日顺延）</source>
      <translation> ({year}: {pending}; moved past the estimated statutory holidays)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="274" />
      <source>（原定 {date}）</source>
      <translation> (originally {date})</translation>
    </message>
  </context>
  <context>
    <name>ReceptionDeskPage</name>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="636" />
      <source>Enter 登记并清空，接着登记下一位；Esc 清空重填。</source>
      <translation>Enter registers the visit and clears the form for the next visitor; Esc clears the form.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="388" />
      <source>{day} （{status}）</source>
      <translation>{day} ({status})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="468" />
      <source>{head}户的家人（不是户主本人；不是家人请按 Alt+U 不关联）</source>
      <translation>A member of {head}'s household (not the head; if not family, press Alt+U to unlink)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="414" />
      <source>{name}（值班）</source>
      <translation>{name} (on duty)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="514" />
      <source>{n}. {number}（{status}，{who}）{content}</source>
      <translation>{n}. {number} ({status}, {who}) {content}</translation>
    </message>
    <message>
      <source>不关联</source>
      <translation type="vanished">Don't link</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="128" />
      <source>不关联(&amp;U)</source>
      <translation>&amp;Unlink</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="601" />
      <source>交办期限 {day} 按预估的法定节假日计算，{pending}。</source>
      <translation>Assignment due {day}, counted over the estimated statutory holidays: {pending}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="184" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="204" />
      <source>内容相近、同一联系户的未办结诉求(&amp;S)</source>
      <translation>&amp;Similar open requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="176" />
      <source>匹配的联系户（↓ 选择，Enter 确定）</source>
      <translation>Matching linked households (↓ to choose, Enter to confirm)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="107" />
      <source>匿名(&amp;N)</source>
      <translation>A&amp;nonymous</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="531" />
      <source>可能是同一件事</source>
      <translation>Possibly the same matter</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="527" />
      <source>合并到 {number}(&amp;{key})</source>
      <translation>Merge into {number} (&amp;{key})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="523" />
      <source>合并：由原来那件继续办理和回访，这一件登记后显示在它下面。</source>
      <translation>Merging: the earlier request carries on to the answer and the return visit; this one is registered and shown under it.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="206" />
      <source>同村的未办结诉求（仅供参考）(&amp;V)</source>
      <translation>Same &amp;village (for reference)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="599" />
      <source>已合并到 {number}。</source>
      <translation>Merged into {number}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="595" />
      <source>已登记 {number}（{name}）。</source>
      <translation>Registered {number} ({name}).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="223" />
      <source>打印回执（Ctrl+P）</source>
      <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="224" />
      <source>打印所选诉求的受理回执；没有选中时打印刚登记的一件</source>
      <translation>Print the receipt for the selected request; if none is selected, print the one just registered</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="293" />
      <source>扫码待受理（{n}）</source>
      <translation>QR awaiting acceptance ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="96" />
      <source>接待委员</source>
      <translation>Received by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="95" />
      <source>接待日</source>
      <translation>Reception day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="456" />
      <source>未关联（输入姓名或电话可查找）</source>
      <translation>Not linked (type a name or phone number to search)</translation>
    </message>
    <message>
      <source>本次已登记</source>
      <translation type="vanished">Registered this session</translation>
    </message>
    <message>
      <source>本次已登记 {n} 件</source>
      <translation type="vanished">{n} registered this session</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="593" />
      <source>本次已登记 {n} 件(&amp;R)</source>
      <translation>{n} &amp;registered this session</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="221" />
      <source>本次已登记(&amp;R)</source>
      <translation>&amp;Registered this session</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="125" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="95" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="123" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="106" />
      <source>来访人姓名</source>
      <translation>Visitor name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="573" />
      <source>没有登记：改好后再按 Enter。</source>
      <translation>Not registered: make your changes, then press Enter again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="156" />
      <source>清空（Esc）</source>
      <translation>Clear (Esc)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="183" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="526" />
      <source>登记为新诉求(&amp;N)</source>
      <translation>Register as a &amp;new request</translation>
    </message>
    <message>
      <source>登记并合并到所选诉求</source>
      <translation type="vanished">Register and merge into selected request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="153" />
      <source>登记并合并到所选诉求(&amp;M)</source>
      <translation>Register and &amp;merge into the selected request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="150" />
      <source>登记（Enter）</source>
      <translation>Register (Enter)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="182" />
      <source>相似原因</source>
      <translation>Why similar</translation>
    </message>
    <message>
      <source>相似的未办结诉求（可合并，避免重复）</source>
      <translation type="vanished">Similar open requests (merge them to avoid duplicates)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="248" />
      <source>相似诉求与本次登记</source>
      <translation>Similar requests and this session</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="138" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="181" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="142" />
      <source>群众反映的问题和诉求（Shift+Enter 换行）</source>
      <translation>The visitor's problem or request (Shift+Enter for a new line)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="136" />
      <source>联系户</source>
      <translation>Linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="124" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="142" />
      <source>诉求内容</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="139" />
      <source>请选择：按类别前的数字，或拼音首字母（如 jt：交通）</source>
      <translation>Choose: type the category's number, or the first letters of its name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="529" />
      <source>返回修改</source>
      <translation>Go back and edit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="521" />
      <source>这位来访人反映的事，和下面未办结的诉求内容相近，可能是同一件事：</source>
      <translation>What this visitor raises reads like these open requests; it may be the same matter:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="376" />
      <source>非接待日登记（电话、来信等）</source>
      <translation>Not on a reception day (phone, letter, etc.)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_desk_page.py" line="412" />
      <source>（不指定）</source>
      <translation>(not specified)</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <location filename="studio_app/ui/record_dialog.py" line="97" />
      <source>仍然保存为新记录</source>
      <translation>Save as new record anyway</translation>
    </message>
    <message>
      <location filename="studio_app/ui/record_dialog.py" line="63" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/record_dialog.py" line="63" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/record_dialog.py" line="92" />
      <source>打开已有记录</source>
      <translation>Open existing record</translation>
    </message>
    <message>
      <location filename="studio_app/ui/record_dialog.py" line="92" />
      <source>返回修改</source>
      <translation>Go back and edit</translation>
    </message>
  </context>
  <context>
    <name>RequestDetail</name>
    <message numerus="yes">
      <location filename="studio_app/ui/request_detail.py" line="122" />
      <source>%n 次</source>
      <translation>
        <numerusform>%n time</numerusform>
        <numerusform>%n times</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="113" />
      <source>{n} 次（回访不满意）</source>
      <translation>{n} (dissatisfied at return visit)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="119" />
      <source>{report}（诉求 {number}）</source>
      <translation>{report} (request {number})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="105" />
      <source>{stage}期限 {date}</source>
      <translation>{stage} deadline {date}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="80" />
      <source>{when} 登记 · {channel}</source>
      <translation>Registered {when} · {channel}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="119" />
      <source>关联提案</source>
      <translation>Linked proposal</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="53" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="63" />
      <source>办理经过</source>
      <translation>Handling history</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="49" />
      <source>合并进来的诉求</source>
      <translation>Requests merged into this one</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="100" />
      <source>回访</source>
      <translation>Return visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="111" />
      <source>外出临时编号</source>
      <translation>Provisional number (field laptop)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="116" />
      <source>已合并到</source>
      <translation>Merged into</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="122" />
      <source>延期</source>
      <translation>Extended</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="98" />
      <source>承办</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="109" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="95" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="52" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="159" />
      <source>没有记录。</source>
      <translation>No records.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="101" />
      <source>理由/去向</source>
      <translation>Reason / outcome</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="99" />
      <source>答复</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="96" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="51" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="75" />
      <source>诉求 {number} · &lt;span style='color:{colour}'&gt;{status}&lt;/span&gt;</source>
      <translation>Request {number} · &lt;span style='color:{colour}'&gt;{status}&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="97" />
      <source>诉求内容</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="41" />
      <source>选择左侧的一条诉求，查看详情和办理经过。</source>
      <translation>Select a request on the left to see its details and handling history.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_detail.py" line="113" />
      <source>重新办理</source>
      <translation>Reopened</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/request_detail.py" line="107" />
      <source>，已超期 %n 个工作日</source>
      <translation>
        <numerusform>, %n working day overdue</numerusform>
        <numerusform>, %n working days overdue</numerusform>
      </translation>
    </message>
    <message>
      <source>，已超期 {n} 个工作日</source>
      <translation type="vanished">, {n} working days overdue</translation>
    </message>
  </context>
  <context>
    <name>RequestsModel</name>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="101" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="99" />
      <source>承办</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="98" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="95" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="94" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="100" />
      <source>满意度</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="97" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="93" />
      <source>登记日期</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="96" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="92" />
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="126" />
      <source>（重办）</source>
      <translation> (reopened)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="131" />
      <source>，超期</source>
      <translation>, overdue</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="382" />
      <source>{name}
联系电话：{phone}</source>
      <translation>{name}
Phone: {phone}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="468" />
      <source>{number} 回访不满意，重新办理</source>
      <translation>{number}: not satisfied at the return visit, handled again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="451" />
      <source>{number} 已办结（{satisfaction}）</source>
      <translation>{number} closed ({satisfaction})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="455" />
      <source>{number} 已办结（{status}）</source>
      <translation>{number} closed ({status})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="464" />
      <source>{number} 已合并到 {target}</source>
      <translation>{number} merged into {target}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="459" />
      <source>{number} 已回访（{satisfaction}）</source>
      <translation>{number} called back ({satisfaction})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="441" />
      <source>{what}。当前列表不再显示它，{where}</source>
      <translation>{what}. It is no longer in this list; {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="186" />
      <source>不予受理…</source>
      <translation>Reject…</translation>
    </message>
    <message>
      <source>两个工作日内到期</source>
      <translation type="vanished">Due within two working days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="176" />
      <source>交办…</source>
      <translation>Assign…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="213" />
      <source>全部村（社区）</source>
      <translation>All villages (communities)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="215" />
      <source>全部来源</source>
      <translation>All sources</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="212" />
      <source>全部类别</source>
      <translation>All categories</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="200" />
      <source>全部诉求</source>
      <translation>All requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="246" />
      <source>共性问题</source>
      <translation>Common issues</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="187" />
      <source>合并到…</source>
      <translation>Merge into…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="181" />
      <source>回访…</source>
      <translation>Return visit…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="477" />
      <source>在“{status}”中可以找到。</source>
      <translation>you can find it under “{status}”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="474" />
      <source>在“已办结”中可以找到。</source>
      <translation>you can find it under “Closed”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="476" />
      <source>在它合并到的那件诉求下面可以找到。</source>
      <translation>you can find it under the request it was merged into.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="205" />
      <source>已办结</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="203" />
      <source>已超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="177" />
      <source>延期…</source>
      <translation>Extend…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="178" />
      <source>开始办理</source>
      <translation>Start handling</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="191" />
      <source>归入共性问题…</source>
      <translation>Add to common issue…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="193" />
      <source>打印回执…</source>
      <translation>Print receipt…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="197" />
      <source>搜索编号、姓名、电话、村、内容…</source>
      <translation>Search number, name, phone, village, content…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="202" />
      <source>未办结</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="194" />
      <source>查看完整号码…</source>
      <translation>Show full number…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="171" />
      <source>登记新诉求</source>
      <translation>Register new request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="179" />
      <source>答复…</source>
      <translation>Answer…</translation>
    </message>
    <message>
      <source>诉求 {number} 来访人的电话</source>
      <translation type="vanished">Visitor's phone for request {number}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="245" />
      <source>诉求列表</source>
      <translation>Request list</translation>
    </message>
    <message>
      <location filename="studio_app/ui/requests_page.py" line="188" />
      <source>转为提案/社情民意…</source>
      <translation>Turn into proposal / public-opinion report…</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="256" />
      <source>从备份恢复</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="302" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="267" />
      <source>备份文件夹：{folder}</source>
      <translation>Backup folder: {folder}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="271" />
      <source>备份时间</source>
      <translation>Backed up at</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="272" />
      <source>大小</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="361" />
      <source>已核对，可以恢复：</source>
      <translation>Checked, ready to restore:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="384" />
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="300" />
      <source>恢复…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="292" />
      <source>恢复时，当前数据库“{db}”会先另存一份到它旁边的 before-restore 文件夹，再用所选备份替换。备份之后录入的内容不在备份中。</source>
      <translation>When you restore, the current database “{db}” is first saved to the before-restore folder next to it and then replaced by the chosen backup. Anything entered after the backup was made is not in the backup.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="337" />
      <source>数据库备份 (*.sqlite3 *.db);;所有文件 (*)</source>
      <translation>Database backups (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="263" />
      <source>数据库打不开：{problem}</source>
      <translation>The database cannot be opened: {problem}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="273" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="351" />
      <source>正在核对备份…</source>
      <translation>Checking the backup…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="348" />
      <source>正在核对：{path}</source>
      <translation>Checking: {path}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="267" />
      <source>没有设置备份文件夹。</source>
      <translation>No backup folder has been set.</translation>
    </message>
    <message>
      <source>用 {time} 的备份替换当前数据库？

{summary}

当前数据库会先另存到 before-restore 文件夹。</source>
      <translation type="vanished">Replace the current database with the backup from {time}?

{summary}

The current database will first be saved to the before-restore folder.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="380" />
      <source>用 {time} 的备份替换当前数据库？

{summary}

当前数据库会先另存到 before-restore 文件夹；现有的账户和操作日志保持不变，这次恢复会记入操作日志。</source>
      <translation>Replace the current database with the backup from {time}?

{summary}

The current database will first be saved to the before-restore folder. The current user accounts and audit log stay as they are, and the restore is recorded in the audit log.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="384" />
      <source>确认恢复</source>
      <translation>Confirm restore</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="326" />
      <source>请选择一份备份。</source>
      <translation>Please choose a backup.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="370" />
      <source>这个文件不能用于恢复：</source>
      <translation>This file cannot be used to restore:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="279" />
      <source>这个文件夹中还没有备份（或 U 盘没有插上）。可以点“选择其他备份文件…”。</source>
      <translation>There are no backups in this folder yet (or the USB drive is not plugged in). You can click “Choose another backup file…”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="281" />
      <source>选择其他备份文件…</source>
      <translation>Choose another backup file…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/backup_dialogs.py" line="337" />
      <source>选择备份文件</source>
      <translation>Choose backup file</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="61" />
      <source> 年</source>
      <translation> years</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="68" />
      <source>保留年限</source>
      <translation>Retention period</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="106" />
      <source>保留年限已改变，请重新“预览”。</source>
      <translation>The retention period has changed. Click “Preview” again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="83" />
      <source>办结日期</source>
      <translation>Closed on</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="145" />
      <source>匿名处理</source>
      <translation>Anonymise</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="65" />
      <source>匿名处理…</source>
      <translation>Anonymise…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="146" />
      <source>将匿名处理来访人 {visitors} 位（涉及诉求 {requests} 件）：姓名改为“（已匿名）”，电话和身份证号清空。此操作无法撤销，建议先备份。{copies}确定继续吗？</source>
      <translation>Visitors to anonymise: {visitors} (requests: {requests}). Their names become “(anonymised)” and their phone and ID numbers are cleared. This cannot be undone; back up first. {copies} Continue?</translation>
    </message>
    <message>
      <source>将匿名处理来访人 {visitors} 位（涉及诉求 {requests} 件）：姓名改为“（已匿名）”，电话和身份证号清空。此操作无法撤销，建议先备份。确定继续吗？</source>
      <translation type="vanished">Visitors to anonymise: {visitors} (requests: {requests}). Their names become “(anonymised)” and their phone and ID numbers are cleared. This cannot be undone, so making a backup first is recommended. Continue?</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="126" />
      <source>将匿名处理的来访人（姓名已隐去）：</source>
      <translation>Visitors to be anonymised (names hidden):</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/retention_dialog.py" line="159" />
      <source>已匿名处理来访人 %n 位。</source>
      <translation>
        <numerusform>%n visitor anonymised.</numerusform>
        <numerusform>%n visitors anonymised.</numerusform>
      </translation>
    </message>
    <message>
      <source>已匿名处理来访人 {n} 位。</source>
      <translation type="vanished">{n} visitors anonymised.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="82" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="44" />
      <source>来访人信息保存期限</source>
      <translation>How long visitor data is kept</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="139" />
      <source>没有满 {years} 年需要匿名处理的来访人，无需处理。</source>
      <translation>No visitors are past the {years}-year retention period; nothing to anonymise.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="124" />
      <source>示例（最多 {n} 位，姓名已隐去）：</source>
      <translation>Examples (up to {n}, names hidden):</translation>
    </message>
    <message>
      <source>诉求办结（已回访、不予受理、转为提案或已合并）满保留年限后，可把来访人的姓名改为“（已匿名）”，并清空电话和身份证号。诉求内容、办理经过和各项统计数字都保留。仍有未办结或近期诉求的来访人不受影响。匿名处理后无法撤销，请先备份。</source>
      <translation type="vanished">Once a request has been closed (return visit done, rejected, turned into a proposal or merged) for longer than the retention period, the visitor's name can be changed to “(anonymised)” and their phone and ID numbers cleared. Request content, handling history and all figures are kept. Visitors who still have open or recent requests are not affected. Anonymising cannot be undone, so make a backup first.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="48" />
      <source>诉求办结（已回访、不予受理、转为提案或已合并）满保留年限后，可把来访人的姓名改为“（已匿名）”，并清空电话和身份证号。诉求内容、办理经过和各项统计数字都保留。扫码提交（扫码说事）的姓名、电话和照片随所成诉求的来访人一并清除，不予受理的满年限后清除，待受理的不动。仍有未办结或近期诉求的来访人不受影响。匿名处理后无法撤销，请先备份。</source>
      <translation>Once a request has been closed (return visit done, rejected, turned into a proposal or merged) for longer than the retention period, the visitor's name can be changed to “(anonymised)” and their phone and ID numbers cleared. Request content, handling history and all figures are kept. The name, phone and photo of a “Scan and tell us” submission are cleared with the visitor of the request it became; a rejected one's after the same period; one awaiting the desk is never touched. Visitors who still have open or recent requests are not affected. Anonymising cannot be undone, so make a backup first.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="81" />
      <source>诉求编号</source>
      <translation>Request number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="73" />
      <source>选择保留年限后点“预览”，查看将要匿名处理的来访人。</source>
      <translation>Choose a retention period, then click “Preview” to see which visitors will be anonymised.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/retention_dialog.py" line="63" />
      <source>预览</source>
      <translation>Preview</translation>
    </message>
  </context>
  <context>
    <name>RevisionsDialog</name>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="143" />
      <source>{name}（{when}，{who}）</source>
      <translation>{name} ({when}, {who})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="102" />
      <source>与上一版相比</source>
      <translation>Compared with the previous revision</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="160" />
      <source>修订前</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="74" />
      <source>修订原因</source>
      <translation>Reason for revision</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="157" />
      <source>修订原因：{reason}</source>
      <translation>Reason for revision: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="161" />
      <source>修订后</source>
      <translation>After</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="72" />
      <source>存档时间</source>
      <translation>Archived at</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="74" />
      <source>定稿</source>
      <translation>Finalised</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="82" />
      <source>打开此版…</source>
      <translation>Open this revision…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="75" />
      <source>扫描件</source>
      <translation>Scans</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="71" />
      <source>版本</source>
      <translation>Revision</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="153" />
      <source>第 1 版</source>
      <translation>Revision 1</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="156" />
      <source>第 1 版是定稿时的纪要。</source>
      <translation>Revision 1 is the minutes as finalised.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="71" />
      <source>第 {n} 版</source>
      <translation>Revision {n}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="151" />
      <source>第 {n} 版与第 {m} 版相比</source>
      <translation>Revision {n} compared with revision {m}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="99" />
      <source>签字扫描件（双击打开）</source>
      <translation>Signed scans (double-click to open)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="67" />
      <source>纪要的各版：{topic}</source>
      <translation>Revisions of the minutes: {topic}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="73" />
      <source>经办人</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="84" />
      <source>附上签字扫描件…</source>
      <translation>Attach signed scan…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/revisions_dialog.py" line="160" />
      <source>项目</source>
      <translation>Item</translation>
    </message>
  </context>
  <context>
    <name>ServerPage</name>
    <message>
      <location filename="studio_app/ui/server_page.py" line="92" />
      <source>CA 证书</source>
      <translation>CA certificate</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="70" />
      <source>不加密（disable，只用于测试）</source>
      <translation>No encryption (disable, for testing only)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="91" />
      <source>加密方式</source>
      <translation>Encryption</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="68" />
      <source>加密，不核对证书（require）</source>
      <translation>Encrypted, certificate not checked (require)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="66" />
      <source>加密，并核对服务器证书和名字（verify-full，推荐）</source>
      <translation>Encrypted, server certificate and name checked (verify-full, recommended)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="67" />
      <source>加密，并核对服务器证书（verify-ca）</source>
      <translation>Encrypted, server certificate checked (verify-ca)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="74" />
      <source>县政协提供的 CA 证书文件（.crt）</source>
      <translation>the CA certificate file from the county office (.crt)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="53" />
      <source>各工作室的数据放在县政协的服务器上时，请按县政协信息管理员给的连接信息填写。</source>
      <translation>When the studios' data is on the county CPPCC's server, fill in the connection details the county's IT administrator gave you.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="56" />
      <source>如 192.168.1.10 或 db.xzx.local</source>
      <translation>e.g. 192.168.1.10 or db.xzx.local</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="88" />
      <source>数据库</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="90" />
      <source>数据库密码</source>
      <translation>Database password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="89" />
      <source>数据库用户名</source>
      <translation>Database user</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="86" />
      <source>服务器地址</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="69" />
      <source>服务器支持就加密（prefer）</source>
      <translation>Encrypted if the server supports it (prefer)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="171" />
      <source>正在连接…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="156" />
      <source>正在连接服务器…</source>
      <translation>Connecting to the server…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="94" />
      <source>测试连接</source>
      <translation>Test connection</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="87" />
      <source>端口</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="138" />
      <source>证书文件 (*.crt *.pem *.cer);;所有文件 (*)</source>
      <translation>Certificate files (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="100" />
      <source>这里的用户名和密码是数据库的账户，不是程序里的登录用户：连接以后，再用县政协为您设置的程序用户登录。密码保存在这台电脑上只有您的账户能读的文件里，不写进设置文件。</source>
      <translation>This user name and password are the database account, not your sign-in to the program: once connected, you sign in with the program user the county office set up for you. The password is kept on this PC in a file only your account can read, never in a settings file.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="51" />
      <source>连接县政协服务器</source>
      <translation>Connect to the county server</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="166" />
      <source>连接没有完成。</source>
      <translation>The connection was not completed.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="75" />
      <source>选择…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/server_page.py" line="137" />
      <source>选择县政协的 CA 证书</source>
      <translation>Choose the county office's CA certificate</translation>
    </message>
  </context>
  <context>
    <name>SetupLoginDialog</name>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="200" />
      <source>两次输入的密码不一致，请重新输入。</source>
      <translation>The two passwords do not match. Please enter them again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="182" />
      <source>再次输入密码</source>
      <translation>Password again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="194" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="173" />
      <source>可不填，默认同用户名</source>
      <translation>Optional; same as the user name if left empty</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="167" />
      <source>启用登录</source>
      <translation>Turn on login</translation>
    </message>
    <message>
      <source>如：admin 或姓名拼音，不含空格</source>
      <translation type="vanished">e.g. admin or your name in pinyin, no spaces</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="180" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="181" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="179" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="171" />
      <source>登录时输入的名字，如 王丽 或 wangli，不含空格</source>
      <translation>The name typed to sign in, e.g. wangli, no spaces</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="176" />
      <source>至少 {n} 个字符，不能全是数字</source>
      <translation>At least {n} characters, not all digits</translation>
    </message>
    <message>
      <location filename="studio_app/ui/login_dialogs.py" line="184" />
      <source>设置第一位管理员后即启用登录：以后每次打开程序都要输入用户名和密码，一段时间无人操作时窗口会自动锁定，需输入密码解锁。管理员可以在“设置 → 用户与权限 → 用户管理”中添加联络员和查看账户。请牢记管理员密码。</source>
      <translation>Once you set up the first administrator, login is turned on: each time the program opens you must enter a user name and password, and after a period of no activity the window locks and needs the password to unlock. The administrator can add coordinator and viewer accounts under “Settings → Users and permissions → User management”. Remember the administrator password.</translation>
    </message>
  </context>
  <context>
    <name>StudioDialog</name>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="93" />
      <source>{name}（已撤销）</source>
      <translation>{name} (closed)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="72" />
      <source>乡镇（街道）</source>
      <translation>Township (subdistrict)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="78" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="78" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="73" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="76" />
      <source>如 果蔬产业技术指导、涉农矛盾纠纷调解</source>
      <translation>e.g. technical advice for fruit and vegetable growers, mediating rural disputes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="66" />
      <source>工作室</source>
      <translation>Studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="44" />
      <source>工作室信息</source>
      <translation>Studio details</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="71" />
      <source>工作室名称 *</source>
      <translation>Studio name *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="109" />
      <source>恢复工作室</source>
      <translation>Reopen studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="154" />
      <source>撤销</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="150" />
      <source>撤销“{name}”？

撤销后，这个工作室的用户不能再登录，也不能再在这里登记；它的委员、联系户和诉求都保留，县政协在“全县”下仍能查看、统计。以后可以随时恢复。</source>
      <translation>Close “{name}”?

Once closed, this studio's users can no longer sign in and nothing more is registered in it; its members, households and requests are kept, and the county office still sees and counts them under “Whole county”. It can be reopened at any time.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="154" />
      <source>撤销工作室</source>
      <translation>Close studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="56" />
      <source>撤销工作室…</source>
      <translation>Close studio…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="133" />
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="133" />
      <source>新增工作室</source>
      <translation>New studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="55" />
      <source>新增工作室…</source>
      <translation>New studio…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="135" />
      <source>新工作室的联络员账户在“用户管理”中添加，工作室的诉求编号与全县连续。</source>
      <translation>Add the new studio's coordinators in User management; its request numbers continue the county's sequence.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="75" />
      <source>特色</source>
      <translation>Speciality</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="74" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_dialog.py" line="111" />
      <source>这个工作室已撤销：它的用户不能登录，它的记录在“全县”下仍可查看。</source>
      <translation>This studio is closed: its users cannot sign in; its records can still be seen under “Whole county”.</translation>
    </message>
  </context>
  <context>
    <name>StudioPage</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="284" />
      <source>乡镇（街道）</source>
      <translation>Township (subdistrict)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="282" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="283" />
      <source>如 人民路18号（镇政府院内二楼）</source>
      <translation>e.g. 18 Renmin Road (2nd floor, township government yard)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="285" />
      <source>如 城关镇</source>
      <translation>e.g. Chengguan town</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="281" />
      <source>如 城关镇农业界委员工作室</source>
      <translation>e.g. Chengguan agriculture members' studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="288" />
      <source>姓名，可以以后在“委员”页添加</source>
      <translation>Name; can also be added later on the “Members” page</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="274" />
      <source>工作室</source>
      <translation>Studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="280" />
      <source>工作室名称 *</source>
      <translation>Studio name *</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="286" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="275" />
      <source>这些内容印在会议纪要、回执和海报上，以后可以修改。</source>
      <translation>This is printed on minutes, receipts and posters; you can change it later.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="287" />
      <source>领衔委员</source>
      <translation>Lead member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="289" />
      <source>领衔委员手机</source>
      <translation>Lead member's mobile</translation>
    </message>
  </context>
  <context>
    <name>StudioSwitcher</name>
    <message>
      <location filename="studio_app/ui/studio_switcher.py" line="55" />
      <source>全县</source>
      <translation>Whole county</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_switcher.py" line="37" />
      <source>县政协的用户在这里选择在哪个工作室工作；“全县”只看不登记</source>
      <translation>County office users choose here which studio to work in; “Whole county” views only, it registers nothing</translation>
    </message>
    <message>
      <location filename="studio_app/ui/studio_switcher.py" line="33" />
      <source>工作室：</source>
      <translation>Studio:</translation>
    </message>
  </context>
  <context>
    <name>SubmissionDialog</name>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="413" />
      <source>{when} 收到　{name}　{phone}　{village}</source>
      <translation>Received {when}   {name}   {phone}   {village}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="463" />
      <source>不予受理</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="447" />
      <source>不予受理时必填，如：不属于工作室受理范围，已告知向县信访局反映</source>
      <translation>Required to reject, e.g. not a matter for the studio; told to go to the county petitions bureau</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="480" />
      <source>不予受理的理由</source>
      <translation>Reason for rejecting</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="437" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="478" />
      <source>内容相近的未办结诉求（选中后可合并）</source>
      <translation>Open requests that read alike (select one to merge)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="465" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="454" />
      <source>受理为新诉求</source>
      <translation>Accept as a new request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="457" />
      <source>合并到所选诉求</source>
      <translation>Merge into the selected request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="412" />
      <source>扫码提交 {receipt}</source>
      <translation>QR submission {receipt}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="436" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="435" />
      <source>相似原因</source>
      <translation>Why similar</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="473" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="434" />
      <source>编号</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="432" />
      <source>请选择（受理时必选）</source>
      <translation>Choose (required to accept)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/intake_panel.py" line="415" />
      <source>（未填村）</source>
      <translation>(no village)</translation>
    </message>
  </context>
  <context>
    <name>SuggestedIssuesDialog</name>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="82" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="77" />
      <source>包含的诉求（去掉勾选的不归入）</source>
      <translation>Its requests (untick those that do not belong)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="48" />
      <source>发现共性问题</source>
      <translation>Find common issues</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="58" />
      <source>发现的共性问题</source>
      <translation>Common issue found</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="73" />
      <source>标题(&amp;T)</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="106" />
      <source>没有发现：相近的诉求还不够多</source>
      <translation>None found: not enough requests read alike yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="61" />
      <source>涉及村（社区）</source>
      <translation>Villages (communities)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="60" />
      <source>群众</source>
      <translation>Visitors</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="59" />
      <source>诉求</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="126" />
      <source>请至少勾选一件诉求。</source>
      <translation>Tick at least one request.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="51" />
      <source>近 {months} 个月登记的诉求中，内容相近的至少 {n} 件、来自至少 {people} 位群众的，列在这里（同一电话或同名同村算一位；已归入共性问题、已合并、不予受理和已归档的不算）。改好标题、去掉不属于这一类的诉求，点“采纳为共性问题”即建立。</source>
      <translation>Requests registered in the last {months} months that read alike, at least {n} of them from at least {people} visitors, are listed here (one phone number, or one name in one village, is one visitor; requests already in a common issue, merged, rejected or archived are left out). Correct the title, untick the requests that are not of this kind, and click “Accept as a common issue”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/suggested_issues_dialog.py" line="69" />
      <source>采纳为共性问题(&amp;A)</source>
      <translation>&amp;Accept as a common issue</translation>
    </message>
  </context>
  <context>
    <name>TablePage</name>
    <message>
      <source>{n} 条</source>
      <translation type="vanished">{n} records</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="302" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="92" />
      <source>导入…</source>
      <translation>Import…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="93" />
      <source>导出…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="336" />
      <source>导出到 Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="345" />
      <source>导出完成</source>
      <translation>Export finished</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/table_page.py" line="344" />
      <source>已导出 %n 条记录到：
{path}</source>
      <translation>
        <numerusform>Exported %n record to:
{path}</numerusform>
        <numerusform>Exported %n records to:
{path}</numerusform>
      </translation>
    </message>
    <message>
      <source>已导出 {n} 条记录到：
{path}</source>
      <translation type="vanished">Exported {n} records to:
{path}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="90" />
      <source>归档</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="251" />
      <source>恢复</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="97" />
      <source>搜索姓名、电话、村…</source>
      <translation>Search name, phone, village…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="88" />
      <source>新增</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="349" />
      <source>正在导出…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/table_page.py" line="89" />
      <source>编辑</source>
      <translation>Edit</translation>
    </message>
  </context>
  <context>
    <name>TagPicker</name>
    <message>
      <location filename="studio_app/ui/household_dialog.py" line="45" />
      <source>其他标签，多个用顿号“、”分隔</source>
      <translation>Other tags, separated by commas</translation>
    </message>
  </context>
  <context>
    <name>UnexpectedErrorDialog</name>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="96" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="59" />
      <source>出现意外错误</source>
      <translation>Unexpected error</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="82" />
      <source>复制详情</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="109" />
      <source>已复制</source>
      <translation>Copied</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="90" />
      <source>打开日志文件夹</source>
      <translation>Open the log folder</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="85" />
      <source>显示详情</source>
      <translation>Show details</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="68" />
      <source>程序出现了意外错误，刚才的操作没有完成。

已保存的资料不受影响：每次保存都是完整的一步，没有完成的会自动撤销。请再试一次；如果反复出现，请点“复制详情”，把内容连同日志文件发给技术支持。

错误：{summary}
日志文件：{where}</source>
      <translation>The program hit an unexpected error, and what you just did was not completed.

What was saved is safe: every save is one complete step, and one that did not finish is undone. Please try again; if it keeps happening, click “Copy details” and send them with the log file to technical support.

Error: {summary}
Log file: {where}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/error_dialog.py" line="66" />
      <source>（没有日志文件）</source>
      <translation>(no log file)</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="75" />
      <source>上次登录</source>
      <translation>Last login</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="186" />
      <source>两次输入的密码不一致，请重新输入。</source>
      <translation>The two passwords do not match. Please enter them again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="258" />
      <source>为“{name}”（{username}）设置新密码，同时解除账户锁定。请把新密码当面告诉本人，并提醒他登录后自行修改。</source>
      <translation>Set a new password for “{name}” ({username}); this also unlocks the account. Tell the person the new password face to face, and remind them to change it after they log in.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="76" />
      <source>从未登录</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="210" />
      <source>修改</source>
      <translation>Change</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="210" />
      <source>修改身份</source>
      <translation>Change role</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="91" />
      <source>修改身份…</source>
      <translation>Change role…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="92" />
      <source>停用</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="224" />
      <source>停用“{name}”后，该用户不能再登录，其操作记录保留。以后可以重新启用。</source>
      <translation>Once “{name}” is disabled, this user can no longer log in; their records are kept. You can enable the user again later.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="223" />
      <source>停用用户</source>
      <translation>Disable user</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="177" />
      <source>全县各工作室：用户、工作室、全县概览、恢复数据和全县共用的设置</source>
      <translation>Every studio: users, studios, the county overview, restoring and the shared settings</translation>
    </message>
    <message>
      <source>全部功能，包括用户管理、恢复数据和查看操作日志</source>
      <translation type="vanished">All features, including user management, restoring data and viewing the audit log</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="186" />
      <source>再次输入密码</source>
      <translation>Password again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="250" />
      <source>再次输入新密码</source>
      <translation>New password again</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="80" />
      <source>县政协</source>
      <translation>County office</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="177" />
      <source>只能查看本工作室，电话和身份证号隐藏</source>
      <translation>Can only view this studio; phone and ID numbers hidden</translation>
    </message>
    <message>
      <source>只能查看，电话和身份证号隐藏</source>
      <translation type="vanished">View only; phone and ID numbers hidden</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="163" />
      <source>可不填，默认同用户名</source>
      <translation>Optional; same as the user name if left empty</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="177" />
      <source>可在任一工作室办理日常工作，查看全县概览</source>
      <translation>Daily work in any studio, and the county overview</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="124" />
      <source>启用</source>
      <translation>Enable</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="71" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="199" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="80" />
      <source>工作室</source>
      <translation>Studio</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="192" />
      <source>新增</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="192" />
      <source>新增用户</source>
      <translation>New user</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="90" />
      <source>新增用户…</source>
      <translation>New user…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="262" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="215" />
      <source>新身份</source>
      <translation>New role</translation>
    </message>
    <message>
      <source>日常登记、办理、导出和备份</source>
      <translation type="vanished">Day-to-day registering, handling, exporting and backups</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="177" />
      <source>本工作室的全部功能，包括用户管理、恢复数据和查看操作日志</source>
      <translation>Everything in this studio, including users, restoring and the audit log</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="177" />
      <source>本工作室的日常登记、办理、导出和备份</source>
      <translation>This studio's daily registering, handling, exports and backups</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="73" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="65" />
      <source>用户</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="70" />
      <source>用户名</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="212" />
      <source>用户：{name}（{username}），现在的身份：{role}</source>
      <translation>User: {name} ({username}), current role: {role}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="162" />
      <source>登录时输入的名字，如 王丽 或 wangli，不含空格</source>
      <translation>The name typed to sign in, e.g. wangli, no spaces</translation>
    </message>
    <message>
      <source>登录时输入，不含空格</source>
      <translation type="vanished">Typed at login, no spaces</translation>
    </message>
    <message>
      <source>管理员：全部功能；联络员：日常工作；查看：只读，号码隐藏。停用的用户不能再登录，其操作记录保留。至少要保留一位在用的管理员。</source>
      <translation type="vanished">Administrator: all features; coordinator: day-to-day work; viewer: read-only, numbers hidden. Disabled users can no longer log in; their records are kept. At least one active administrator must remain.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="107" />
      <source>管理员：本工作室的全部功能；联络员：日常工作；查看：只读，号码隐藏；县政协管理员、县政协联络员：全县各工作室。停用的用户不能再登录，其操作记录保留。至少要保留一位在用的管理员。</source>
      <translation>Administrator: everything in the studio; Coordinator: daily work; Viewer: read-only, numbers hidden; County administrator and county coordinator: every studio of the county. A deactivated user can no longer log in; their actions stay in the log. At least one active administrator must remain.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="170" />
      <source>至少 {n} 个字符，不能全是数字</source>
      <translation>At least {n} characters, not all digits</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="72" />
      <source>身份</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="257" />
      <source>重置</source>
      <translation>Reset</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="257" />
      <source>重置密码</source>
      <translation>Reset password</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="93" />
      <source>重置密码…</source>
      <translation>Reset password…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/users_dialog.py" line="123" />
      <source>锁定到 {time}</source>
      <translation>Locked until {time}</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="74" />
      <source>了解到的情况、群众反映的问题、帮办的事项…</source>
      <translation>What you learned, problems people raised, matters you helped with…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="77" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="77" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="70" />
      <source>方式</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="67" />
      <source>联系户</source>
      <translation>Linked household</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="59" />
      <source>记录走访</source>
      <translation>Record a visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="65" />
      <source>走访委员</source>
      <translation>Visiting member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="73" />
      <source>走访情况</source>
      <translation>Visit notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/visit_dialog.py" line="69" />
      <source>走访日期</source>
      <translation>Visit date</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="155" />
      <source>先用演示数据看看</source>
      <translation>Look around with demo data first</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="152" />
      <source>几步就能开始：填写工作室的情况，确定数据和备份放在哪里。</source>
      <translation>A few steps to start: describe your studio and choose where the data and backups go.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="166" />
      <source>县政协把全县各工作室的数据放在一台服务器上时选这一项：填写县政协信息管理员给的服务器地址和数据库账户，以后这台电脑就打开服务器上的数据。</source>
      <translation>Choose this when the county CPPCC keeps every studio's data on one server: fill in the server address and database account from the county's IT administrator, and this PC opens the data on the server from then on.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="151" />
      <source>欢迎使用委员工作室助手</source>
      <translation>Welcome to Members' Studio Assistant</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="157" />
      <source>演示数据是虚构的城关镇农业界委员工作室：委员、联系户、接待日、诉求和会议纪要都有，便于熟悉各项功能。演示数据单独保存，不会混进正式数据；下次打开程序时会再次出现本向导，那时再设置自己的工作室。</source>
      <translation>The demo data is a made-up agriculture members' studio in Chengguan town, with members, linked households, reception days, requests and minutes, to try every feature. It is kept in a database of its own and never mixes with real data; this setup shows again the next time the program opens, to set up your own studio then.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="153" />
      <source>设置我的工作室，开始正式使用</source>
      <translation>Set up my studio and start for real</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="177" />
      <source>这是第一次使用本程序。请选择：</source>
      <translation>This is the first time the program runs here. Please choose:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="164" />
      <source>连接县政协服务器</source>
      <translation>Connect to the county server</translation>
    </message>
  </context>
  <context>
    <name>WorkbenchPage</name>
    <message numerus="yes">
      <location filename="studio_app/ui/workbench_page.py" line="500" />
      <source>%n 人</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/workbench_page.py" line="500" />
      <source>%n 人次</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/workbench_page.py" line="504" />
      <source>%n 件</source>
      <translation>
        <numerusform>%n request</numerusform>
        <numerusform>%n requests</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="445" />
      <source>{name}：{meaning}</source>
      <translation>{name}: {meaning}</translation>
    </message>
    <message>
      <source>{n} 人次（{p} 人）</source>
      <translation type="vanished">{n} visits ({p} people)</translation>
    </message>
    <message>
      <source>{n} 件</source>
      <translation type="vanished">{n} requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="496" />
      <source>{n} 次</source>
      <translation>{n} held</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="499" />
      <source>{visits}（{people}）</source>
      <translation>{visits} ({people})</translation>
    </message>
    <message>
      <source>{years} 年的法定节假日和调休安排还没有录入，期限暂按周末计算。国务院公布后，请在“设置 → 节假日与调休”中录入。</source>
      <translation type="vanished">Official holidays and make-up working days for {years} have not been entered yet, so deadlines skip only weekends for now. Once the State Council announces them, enter them under “Settings → Holidays and make-up working days”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="322" />
      <source>{years} 年的调休安排待公布：期限暂按法定节假日（预估）和周末计算。国务院通知下发后，请在“设置 → 节假日与调休”中粘贴通知全文。</source>
      <translation>The make-up working days of {years} are not yet published: deadlines count the statutory holidays (estimated) and weekends for now. When the State Council's notice is out, paste its text in “Settings → Holidays and make-up days”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="174" />
      <source>上一年</source>
      <translation>Last year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="172" />
      <source>上月</source>
      <translation>Last month</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="155" />
      <source>下一个接待日</source>
      <translation>Next reception day</translation>
    </message>
    <message>
      <source>两个工作日内到期</source>
      <translation type="vanished">Due within two working days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="350" />
      <source>今天</source>
      <translation>Today</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="309" />
      <source>今天 {date} {weekday}</source>
      <translation>Today: {weekday} {date}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="299" />
      <source>今天到期</source>
      <translation>Due today</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="174" />
      <source>今年</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="229" />
      <source>今年诉求按类别</source>
      <translation>This year by category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="212" />
      <source>件数</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="362" />
      <source>值班委员：{names}</source>
      <translation>Members on duty: {names}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="133" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="112" />
      <source>刷新</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="130" />
      <source>剩余</source>
      <translation>Time left</translation>
    </message>
    <message>
      <source>办结（已回访）</source>
      <translation type="vanished">Closed (return visit done)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="150" />
      <source>双击一行，到诉求页办理。</source>
      <translation>Double-click a row to handle it on the Requests page.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="233" />
      <source>图表</source>
      <translation>Charts</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="466" />
      <source>图表 · 没有算出来：{why}</source>
      <translation>Charts · could not be worked out: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="361" />
      <source>地点：{place}</source>
      <translation>Place: {place}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="211" />
      <source>委员</source>
      <translation>Member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="217" />
      <source>工作成效</source>
      <translation>Results</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="388" />
      <source>工作成效 · 正在计算…</source>
      <translation>Results · working them out…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="485" />
      <source>工作成效 · 没有算出来：{why}</source>
      <translation>Results · could not be worked out: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="475" />
      <source>工作成效统计</source>
      <translation>Figures of the studio's work</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="137" />
      <source>已超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="506" />
      <source>延期</source>
      <translation>Extended</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="161" />
      <source>开始接待登记</source>
      <translation>Open reception desk</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="152" />
      <source>待办</source>
      <translation>To do</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="335" />
      <source>待办 · &lt;span style='color:{c}'&gt;{n} 件超期&lt;/span&gt;</source>
      <translation>To do · &lt;span style='color:{c}'&gt;{n} overdue&lt;/span&gt;</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="336" />
      <source>待办 · 没有超期的诉求</source>
      <translation>To do · no overdue requests</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="138" />
      <source>待回访</source>
      <translation>Awaiting return visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="238" />
      <source>所选时间段的工作成效和这两张图表，生成 PDF 预览、打印或保存</source>
      <translation>The figures of the chosen period and these two charts, as a PDF to preview, print or save</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="236" />
      <source>打印工作成效…</source>
      <translation>Print figures…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="211" />
      <source>按承办委员</source>
      <translation>By handling member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="210" />
      <source>按村（社区）</source>
      <translation>By village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="209" />
      <source>按类别</source>
      <translation>By category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="496" />
      <source>接待日</source>
      <translation>Reception days</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="313" />
      <source>时限：登记后 {a} 个工作日内交办，交办后 {b} 个工作日内答复，答复后 {c} 个工作日内回访（节假日顺延）</source>
      <translation>Deadlines, in working days: assign within {a} of registering, answer within {b} of assigning, return visit within {c} of answering (extended over holidays)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="129" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="404" />
      <source>未分类</source>
      <translation>Uncategorised</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="361" />
      <source>未填写</source>
      <translation>Not given</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="357" />
      <source>未安排值班委员</source>
      <translation>No member on duty yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="410" />
      <source>未指定委员</source>
      <translation>No member assigned</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="173" />
      <source>本季度</source>
      <translation>This quarter</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="172" />
      <source>本月</source>
      <translation>This month</translation>
    </message>
    <message>
      <source>本月已登记诉求 {r} 件，办结 {c} 件。</source>
      <translation type="vanished">This month: requests registered: {r}, closed: {c}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="415" />
      <source>本月还没有登记诉求。看看&lt;a href='last_month'&gt;上月&lt;/a&gt;或&lt;a href='last_30_days'&gt;近 30 天&lt;/a&gt;的数字。</source>
      <translation>No requests registered this month yet. See the figures of &lt;a href='last_month'&gt;last month&lt;/a&gt; or of &lt;a href='last_30_days'&gt;the last 30 days&lt;/a&gt;.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="132" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="498" />
      <source>来访</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="131" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="159" />
      <source>查看接待日</source>
      <translation>View reception day</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="230" />
      <source>正在计算…</source>
      <translation>Working it out…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="431" />
      <source>正在计算图表…</source>
      <translation>Working out the charts…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="390" />
      <source>正在计算工作成效…</source>
      <translation>Working out the results…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="128" />
      <source>步骤</source>
      <translation>Step</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="209" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="127" />
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="175" />
      <source>自定义</source>
      <translation>Custom</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="185" />
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="229" />
      <source>诉求按月（近 12 个月）</source>
      <translation>Requests by month (last 12 months)</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/workbench_page.py" line="297" />
      <source>超期 %n 个工作日</source>
      <translation>
        <numerusform>%n day late</numerusform>
        <numerusform>%n days late</numerusform>
      </translation>
    </message>
    <message>
      <source>超期 {n} 个工作日</source>
      <translation type="vanished">{n} working days overdue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="173" />
      <source>近 30 天</source>
      <translation>Last 30 days</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/ui/workbench_page.py" line="300" />
      <source>还有 %n 个工作日</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
    <message>
      <source>还有 {n} 个工作日</source>
      <translation type="vanished">{n} working days left</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="348" />
      <source>还没有安排接待日。请到“接待日”页设置规则并生成全年接待日。</source>
      <translation>No reception days have been scheduled yet. Go to the “Reception days” page to set the rule and generate the reception days for the year.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="508" />
      <source>这段时间登记的诉求中，答复期限经批准延期（写明理由）的件数；改派不延长期限</source>
      <translation>Requests registered in this period whose answer deadline was extended (with a reason); re-routing does not extend it</translation>
    </message>
    <message>
      <location filename="studio_app/ui/workbench_page.py" line="354" />
      <source>（替 {name}）</source>
      <translation> (standing in for {name})</translation>
    </message>
  </context>
  <context>
    <name>_BarChart</name>
    <message>
      <location filename="studio_app/ui/charts.py" line="57" />
      <source>暂无数据</source>
      <translation>No data yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/charts.py" line="57" />
      <source>（暂无数据）</source>
      <translation> (no data yet)</translation>
    </message>
  </context>
  <context>
    <name>_FolderRow</name>
    <message>
      <location filename="studio_app/ui/first_run_wizard.py" line="66" />
      <source>更改…</source>
      <translation>Change…</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>出现意外错误</source>
      <translation type="vanished">Unexpected error</translation>
    </message>
    <message>
      <location filename="studio_app/ui/app.py" line="69" />
      <source>委员工作室助手</source>
      <translation>Members' Studio Assistant</translation>
    </message>
    <message>
      <location filename="studio_app/ui/app.py" line="105" />
      <source>无法从备份恢复</source>
      <translation>Could not restore from the backup</translation>
    </message>
    <message>
      <location filename="studio_app/ui/app.py" line="97" />
      <source>无法打开数据库</source>
      <translation>Could not open the database</translation>
    </message>
    <message>
      <location filename="studio_app/ui/app.py" line="96" />
      <source>没有找到它的备份。接下来请用首次使用向导重新设置工作室。</source>
      <translation> No backup of it was found. Please set up the studio again with the first-run wizard that follows.</translation>
    </message>
    <message>
      <source>程序出现了意外错误，刚才的操作可能没有完成。
已保存的数据不受影响。请重试；如果反复出现，请联系技术支持。</source>
      <translation type="vanished">An unexpected error occurred; what you just did may not have been completed.
Data already saved is not affected. Please try again; if it keeps happening, contact technical support.</translation>
    </message>
  </context>
  <context>
    <name>forms</name>
    <message>
      <source>记录已被修改</source>
      <translation type="vanished">Changed meanwhile</translation>
    </message>
    <message>
      <source>返回</source>
      <translation type="vanished">Back</translation>
    </message>
    <message>
      <location filename="studio_app/ui/form_fields.py" line="187" />
      <source>选择或直接输入</source>
      <translation>Choose or type</translation>
    </message>
    <message>
      <source>重新载入</source>
      <translation type="vanished">Reload</translation>
    </message>
  </context>
  <context>
    <name>list_view</name>
    <message numerus="yes">
      <location filename="studio_app/ui/list_view.py" line="86" />
      <source>共 %n 条</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
    <message>
      <source>共 {n} 条</source>
      <translation type="vanished">{n} in all</translation>
    </message>
    <message>
      <location filename="studio_app/ui/list_view.py" line="87" />
      <source>超过 {n} 条</source>
      <translation>More than {n}</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="studio_app/ui/messages.py" line="42" />
      <source>出现了意外错误，操作没有完成。请重试；如果反复出现，请联系技术支持。</source>
      <translation>An unexpected error occurred and the action was not completed. Please try again; if it keeps happening, contact technical support.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="77" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="36" />
      <source>找不到文件“{name}”，可能已被移动或删除。</source>
      <translation>Cannot find the file “{name}”. It may have been moved or deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="66" />
      <source>提示</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="46" />
      <source>操作未完成</source>
      <translation>Action not completed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="38" />
      <source>无法读写文件“{name}”（{reason}）。请换一个位置或文件名后重试。</source>
      <translation>Cannot read or write the file “{name}” ({reason}). Please try a different location or file name.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="32" />
      <source>无法读写文件“{name}”：没有权限，或文件正被其他程序（如 Excel）打开。请关闭后重试。</source>
      <translation>Cannot read or write the file “{name}”: no permission, or the file is open in another program (such as Excel). Close it and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="58" />
      <source>记录已被修改</source>
      <translation>Changed meanwhile</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="61" />
      <source>返回</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="studio_app/ui/messages.py" line="61" />
      <source>重新载入</source>
      <translation>Reload</translation>
    </message>
  </context>
  <context>
    <name>page</name>
    <message>
      <location filename="studio_app/ui/page.py" line="41" />
      <source>放不下的按钮在这里</source>
      <translation>The buttons that do not fit are here</translation>
    </message>
    <message>
      <location filename="studio_app/ui/page.py" line="32" />
      <source>更多 »</source>
      <translation>More »</translation>
    </message>
  </context>
  <context>
    <name>print_actions</name>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="113" />
      <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</source>
      <translation>PNG image (*.png);;SVG vector image (*.svg)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="112" />
      <source>{name}的二维码.png</source>
      <translation>{name} QR code.png</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="91" />
      <source>为哪个工作室生成海报？</source>
      <translation>Make a poster for which studio?</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="119" />
      <source>二维码只能保存为 .png 或 .svg 文件，请换一个文件名。</source>
      <translation>A QR code can only be saved as a .png or .svg file. Please use a different file name.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="136" />
      <source>二维码已保存到：{path}</source>
      <translation>QR code saved to: {path}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="71" />
      <source>会议纪要</source>
      <translation>Minutes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="111" />
      <source>保存二维码</source>
      <translation>Save QR code</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="91" />
      <source>取消</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="81" />
      <source>受理回执</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="103" />
      <source>委员联系卡</source>
      <translation>Member contact card</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="152" />
      <source>存档于 {when}</source>
      <translation>Archived {when}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="183" />
      <source>已附上扫描件“{name}”。</source>
      <translation>Scan “{name}” attached.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="173" />
      <source>扫描件 (*.pdf *.jpg *.jpeg *.png)</source>
      <translation>Scans (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="196" />
      <source>扫描件 · {name} · 附于 {when}</source>
      <translation>Scan · {name} · attached {when}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="198" />
      <source>扫描件“{name}”已损坏：内容与附上时的校验值不一致。</source>
      <translation>The scan “{name}” is damaged: its content no longer matches the checksum taken when it was attached.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="91" />
      <source>扫码找委员海报</source>
      <translation>Scan-to-find-a-member poster</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="76" />
      <source>接待日登记表</source>
      <translation>Reception-day record</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="157" />
      <source>校验值（SHA-256）{sha}…，与存档时一致</source>
      <translation>Checksum (SHA-256) {sha}…, matches the archived copy</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="135" />
      <source>正在保存二维码…</source>
      <translation>Saving QR code…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="166" />
      <source>正在打开存档文件…</source>
      <translation>Opening archived file…</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="156" />
      <source>第 {n} 版</source>
      <translation>Revision {n}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="154" />
      <source>经办人 {who}</source>
      <translation>Done by {who}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/print_actions.py" line="173" />
      <source>选择签字扫描件</source>
      <translation>Choose signed scan</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <location filename="studio_app/ui/privacy.py" line="27" />
      <source>

（这次查看已记入操作日志）</source>
      <translation>

(This view has been recorded in the audit log.)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/privacy.py" line="27" />
      <source>完整号码</source>
      <translation>Full number</translation>
    </message>
  </context>
  <context>
    <name>studio_app</name>
    <message>
      <location filename="studio_app/cli_field.py" line="171" />
      <source>  {mark}{field}：办公室 {office} ｜ 笔记本 {laptop}</source>
      <translation>  {mark}{field}: office {office} | laptop {laptop}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="323" />
      <source>  {what}：{total}（有效 {active}）</source>
      <translation>  {what}: {total} ({active} active)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="146" />
      <source>  临时编号 {provisional} → 正式编号 {final}</source>
      <translation>  provisional number {provisional} → final number {final}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="174" />
      <source>  办公室：{step}</source>
      <translation>  Office: {step}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="176" />
      <source>  笔记本：{step}</source>
      <translation>  Laptop: {step}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="39" />
      <source>%(prog)s：错误：%(message)s
</source>
      <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="25" />
      <source>%(value)r 不是可选的值（可选：%(choices)s）</source>
      <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="32" />
      <source>%(value)r 不是有效的值（%(type)s）</source>
      <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/messages.py" line="214" />
      <source>%n 个</source>
      <translation>
        <numerusform>%n</numerusform>
        <numerusform>%n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/figures_print.py" line="34" />
      <source>%n 人</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/figures_print.py" line="34" />
      <source>%n 人次</source>
      <translation>
        <numerusform>%n visit</numerusform>
        <numerusform>%n visits</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/messages.py" line="189" />
      <source>%n 件</source>
      <translation>
        <numerusform>%n request</numerusform>
        <numerusform>%n requests</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/messages.py" line="189" />
      <source>%n 位</source>
      <translation>
        <numerusform>%n visitor</numerusform>
        <numerusform>%n visitors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli_intake.py" line="78" />
      <source>%n 分钟后自动停止；按 Ctrl+C 停止。</source>
      <translation>
        <numerusform>Stops by itself after %n minute; press Ctrl+C to stop.</numerusform>
        <numerusform>Stops by itself after %n minutes; press Ctrl+C to stop.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/messages.py" line="134" />
      <source>%n 条</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="84" />
      <source>--db 指定的是文件夹</source>
      <translation>--db names a folder</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="38" />
      <source>1. 连接工作室的无线网络（WiFi）：________________</source>
      <translation>1. Join the studio's Wi-Fi: ________________</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="50" />
      <source>10月</source>
      <translation>Oct</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="50" />
      <source>11月</source>
      <translation>Nov</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="50" />
      <source>12月</source>
      <translation>Dec</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="208" />
      <source>18 位身份证号；本列已设为文本格式，请不要改成数字格式</source>
      <translation>18-digit ID number; this column is set to text format, do not change it to number format</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>1月</source>
      <translation>Jan</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="39" />
      <source>2. 用微信“扫一扫”或手机相机扫描下面的二维码</source>
      <translation>2. Scan the code below with WeChat's Scan or the phone's camera</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>2月</source>
      <translation>Feb</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="40" />
      <source>3. 填写姓名、电话和想反映的事，提交后记下回执号</source>
      <translation>3. Fill in your name, phone and your matter; after sending, note the receipt number</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>3月</source>
      <translation>Mar</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>4月</source>
      <translation>Apr</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>5月</source>
      <translation>May</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>6月</source>
      <translation>Jun</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>7月</source>
      <translation>Jul</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="49" />
      <source>8月</source>
      <translation>Aug</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="50" />
      <source>9月</source>
      <translation>Sep</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>Droid 中文字体</source>
      <translation>Droid Chinese</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>Vera（只有西文）</source>
      <translation>Vera (Latin letters only)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="72" />
      <source>check / archive verify 发现问题；import 的文件中有错误（没有导入任何数据）</source>
      <translation>check / archive verify found problems; the file given to import has errors (nothing was imported)</translation>
    </message>
    <message>
      <location filename="studio_app/server_setup.py" line="69" />
      <source>server-init 只支持 PostgreSQL 服务器（postgresql+psycopg://…），不支持“{db}”。</source>
      <translation>server-init supports PostgreSQL servers only (postgresql+psycopg://…), not “{db}”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="106" />
      <source>{a} 至 {b}</source>
      <translation>{a} to {b}</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="145" />
      <source>{a}至{b}</source>
      <translation>{a} to {b}</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/messages.py" line="192" />
      <source>{cutoff}以前办结、保存超过 %n 年</source>
      <translation>
        <numerusform>Closed before {cutoff}, kept more than %n year</numerusform>
        <numerusform>Closed before {cutoff}, kept more than %n years</numerusform>
      </translation>
    </message>
    <message>
      <source>{cutoff}以前办结、保存超过 {years} 年</source>
      <translation type="vanished">Closed before {cutoff}, kept more than {years} years</translation>
    </message>
    <message>
      <location filename="studio_app/core/retention.py" line="85" />
      <source>{cutoff}以前办结的诉求 {requests} 件，涉及来访人 {visitors} 位：姓名将改为“{anon}”，电话和身份证号将清空；诉求内容和统计数字不变。</source>
      <translation>Requests closed before {cutoff}: {requests}; their visitors: {visitors}. Names will be changed to “{anon}” and phone and ID numbers cleared; request content and figures stay the same.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="94" />
      <source>{dates}都落在{day}，合为一个接待日。</source>
      <translation>{dates} fall on the same day, {day}: one reception day.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="100" />
      <source>{date}是休息日，顺延到{day}。</source>
      <translation>{date} is a day off: moved to {day}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="97" />
      <source>{date}是休息日，顺延就到了下个月，改为提前到{day}。</source>
      <translation>{date} is a day off and the next working day is in the next month: moved back to {day}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="191" />
      <source>{day} 已经是接待日，请换一天。</source>
      <translation>{day} is already a reception day. Please choose another day.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="119" />
      <source>{day} 接待日登记表</source>
      <translation>Reception-day record of {day}</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="350" />
      <source>{day} 没有录入过，无需删除。</source>
      <translation>{day} has not been entered, so there is nothing to delete.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="190" />
      <source>{day} 没有接待日。</source>
      <translation>There is no reception day on {day}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="359" />
      <source>{day} 的接待日{status}，不能再{what}。</source>
      <translation>The reception day on {day} is marked “{status}”: “{what}” is no longer possible.</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="119" />
      <source>{day} 通知写的是{printed}，实际是{actual}。</source>
      <translation>{day}: the notice says {printed}, but it is a {actual}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="90" />
      <source>{d}日</source>
      <translation>day {d}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/points_scheme_dialog.py" line="39" />
      <source>{kinds}（{outcomes}）</source>
      <translation>{kinds} ({outcomes})</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="169" />
      <source>{kind}《{title}》</source>
      <translation>{kind} “{title}”</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="77" />
      <source>{kind}纪要</source>
      <translation>{kind} minutes</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="106" />
      <source>{kind}纪要：{topic}</source>
      <translation>{kind} minutes: {topic}</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="523" />
      <source>{kind}：{topic}</source>
      <translation>{kind}: {topic}</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="144" />
      <source>{label}“{text}”中没有网站地址。</source>
      <translation>{label} “{text}” contains no web address.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="136" />
      <source>{label}中不能有空格或换行。</source>
      <translation>{label} must not contain spaces or line breaks.</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="153" />
      <source>{label}中有改变文字显示方向的隐藏字符（常随从网页或聊天软件复制的文字带入），会让名字看起来和实际不同。请删除后重新输入（可以整个删掉再手动输入）。</source>
      <translation>{label} holds hidden characters that change the direction text is shown in (they often come along with text copied from web pages or chat apps), so the name looks different from what it is. Please delete them and enter it again (you can delete it all and type it by hand).</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="137" />
      <source>{label}中有无法显示的控制字符，请删除后重新输入。</source>
      <translation>{label} contains hidden control characters. Delete them and type it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="139" />
      <source>{label}中要有 {{id}}（扫码时换成委员的编号），例如 {example}。</source>
      <translation>{label} must contain {{id}} (replaced by the member's number when scanned), e.g. {example}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="129" />
      <source>{label}太长（{n} 个字），最多 {max} 个字。</source>
      <translation>{label} is too long ({n} characters); the limit is {max}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="124" />
      <source>{label}太长：加上委员编号共 {n} 个字节，二维码会太密，手机隔着桌子扫不出来；最多 {max} 个字节（一个汉字算 3 个）。请换用较短的网址。</source>
      <translation>{label} is too long: with the member's id it is {n} bytes, and the code would be too dense for a phone to read from across a desk; the limit is {max} bytes (a Chinese character counts 3). Please use a shorter address.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="131" />
      <source>{label}应以 http:// 或 https:// 开头，例如 https://www.example.cn/member/{{id}}。</source>
      <translation>{label} must start with http:// or https://, e.g. https://www.example.cn/member/{{id}}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="168" />
      <source>{label}缺少时区，请重新选择时间。</source>
      <translation>{label} has no time zone. Please choose the time again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="401" />
      <source>{label}：{text}</source>
      <translation>{label}: {text}</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="51" />
      <source>{level}政协委员</source>
      <translation>{level} CPPCC member</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="83" />
      <source>{level}级采用</source>
      <translation>adopted at {level} level</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="378" />
      <source>{line}（{note}）</source>
      <translation>{line} ({note})</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="97" />
      <source>{member}与“{household}”的联系保留到 {day}，当天起解除。</source>
      <translation>{member} stays linked to “{household}” until {day}, when the link ends.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="183" />
      <source>{member}与“{household}”的联系已经解除，无需再解除。</source>
      <translation>{member} is no longer linked to “{household}”: there is nothing to unlink.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="95" />
      <source>{member}与“{household}”的联系已解除。</source>
      <translation>{member} is no longer linked to “{household}”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="144" />
      <source>{member}已经联系{household}，无需重复添加。</source>
      <translation>{member} is already linked to {household}; no need to add it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="108" />
      <source>{member}担任主要联系人到 {day}，之后这一户没有主要联系人，请及早另设一位。</source>
      <translation>{member} stays the primary contact until {day}; after that the household has none. Please name another in good time.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="223" />
      <source>{member}是“{household}”的主要联系人。请选一位接任（{names}），或选择这一户暂不设主要联系人。</source>
      <translation>{member} is the primary contact of “{household}”. Choose who takes over ({names}), or choose to have no primary contact for the household for now.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="111" />
      <source>{months}没有接待日（已取消的不算），可用“新增接待日”补上。</source>
      <translation>No reception day in {months} (cancelled ones not counted); add one with “Add reception day”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="56" />
      <source>{month}{d}日</source>
      <translation>{month} {d}</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="88" />
      <source>{month}没有{days}，安排在当月最后一天{day}。</source>
      <translation>{month} has no {days}: held on its last day, {day}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="139" />
      <source>{m}月</source>
      <translation>{m}</translation>
    </message>
    <message>
      <source>{n:.1f} MB</source>
      <translation type="vanished">{n:.1f} MB</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="340" />
      <source>{names}已归档，不能安排值班。</source>
      <translation>{names}: archived members cannot be put on duty.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="590" />
      <source>{name}不能与用户名相同。</source>
      <translation>{name} must not be the same as the user name.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="588" />
      <source>{name}不能全是数字，请加上字母或符号。</source>
      <translation>{name} cannot be all digits. Please add letters or symbols.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="298" />
      <source>{name}已归档，不能再登记履职活动，请先恢复。</source>
      <translation>{name} is archived: restore the member before recording activities.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="313" />
      <source>{name}当天已在值班名单中。</source>
      <translation>{name} is already on duty that day.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="585" />
      <source>{name}最多 {max} 个字符。</source>
      <translation>{name} can have at most {max} characters.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="582" />
      <source>{name}至少要 {min} 个字符（现在是 {n} 个）。</source>
      <translation>{name} must have at least {min} characters (it now has {n}).</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="134" />
      <source>{name}（{note}）</source>
      <translation>{name} ({note})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="182" />
      <source>{name}（{unit}{title}）</source>
      <translation>{name} ({unit}, {title})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="74" />
      <source>{name}（{unit}）</source>
      <translation>{name} ({unit})</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="62" />
      <source>{name}：{meaning}</source>
      <translation>{name}: {meaning}</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="85" />
      <source>{name}：通知写共 {total} 天，日期算来是 {n} 天。</source>
      <translation>{name}: the notice says {total} days in all, the dates give {n}.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="368" />
      <source>{number}  {status}  应于 {deadline} 前{stage}，已超期 %n 个工作日：{content}</source>
      <translation>
        <numerusform>{number}  {status}  {stage} due {deadline}, %n working day overdue: {content}</numerusform>
        <numerusform>{number}  {status}  {stage} due {deadline}, %n working days overdue: {content}</numerusform>
      </translation>
    </message>
    <message>
      <source>{number}  {status}  应于 {deadline} 前{stage}，已超期 {days} 个工作日：{content}</source>
      <translation type="vanished">{number}  {status}  {stage} due {deadline}, {days} working days overdue: {content}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="102" />
      <source>{number} 已答复：同样答复这位群众，待回访</source>
      <translation>{number} answered: the same answer for this visitor, to be called back</translation>
    </message>
    <message>
      <source>{n} KB</source>
      <translation type="vanished">{n} KB</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="171" />
      <source>{n} 人，合格 {passed} 人</source>
      <translation>{n} members, {passed} passed</translation>
    </message>
    <message>
      <source>{n} 条</source>
      <translation type="vanished">{n} records</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="30" />
      <source>{n} 次</source>
      <translation>{n} held</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="312" />
      <source>{n}、{heading}</source>
      <translation>{n}. {heading}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="170" />
      <source>{points} 分</source>
      <translation>{points} points</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="110" />
      <source>{receipt}  {when}  {name}  {phone}  {village}  {category}：{content}</source>
      <translation>{receipt}  {when}  {name}  {phone}  {village}  {category}: {content}</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="71" />
      <source>{rev}（与本程序相同）</source>
      <translation>{rev} (same as this program)</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="69" />
      <source>{rev}（恢复后自动升级到 {head}）</source>
      <translation>{rev} (upgraded to {head} automatically after restoring)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="79" />
      <source>{satisfaction}：{comment}</source>
      <translation>{satisfaction}: {comment}</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/common_issues.py" line="394" />
      <source>{span}，委员工作室共收到群众反映此类问题的诉求 %n 件</source>
      <translation>
        <numerusform>{span}: the members' studio received %n visitor request about this kind of issue</numerusform>
        <numerusform>{span}: the members' studio received %n visitor requests about this kind of issue</numerusform>
      </translation>
    </message>
    <message>
      <source>{span}，委员工作室共收到群众反映此类问题的诉求 {n} 件</source>
      <translation type="vanished">{span}: the members' studio received {n} visitor requests about this kind of issue</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="135" />
      <source>{start} 至 {end}</source>
      <translation>{start} to {end}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="328" />
      <source>{start} 至 {end}：接待日 {days} 次，来访 {visits} 人次（{people} 人）</source>
      <translation>{start} to {end}: reception days: {days}, visits: {visits} (people: {people})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="92" />
      <source>{status}，来访 {people} 人，诉求 {n} 件</source>
      <translation>{status}; visitors: {people}, requests: {n}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="171" />
      <source>{step}（{day}）</source>
      <translation>{step} ({day})</translation>
    </message>
    <message>
      <source>{studios} 个工作室，{members} 名委员（另有 {archived_members} 名已归档），{households} 个联系户（其中企业 {enterprises} 家），{linkages} 条联户关系，{visits} 次走访，{reception_days} 个接待日，{requests} 件群众诉求，{meetings} 份会议纪要（存档文件 {archived} 份）</source>
      <translation type="vanished">Studios: {studios}; members: {members} (archived: {archived_members}); linked households: {households} (enterprises: {enterprises}); household links: {linkages}; visits: {visits}; reception days: {reception_days}; visitor requests: {requests}; sets of minutes: {meetings} (archived files: {archived})</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="211" />
      <source>{studios} 个工作室，{members} 名委员（另有 {archived_members} 名已归档），{households} 个联系户（其中企业 {enterprises} 家），{linkages} 条联户关系，{visits} 次走访，{reception_days} 个接待日，{requests} 件群众诉求，{meetings} 份会议纪要（存档文件 {archived} 份），{activities} 项登记的履职活动</source>
      <translation>{studios} studio(s), {members} members ({archived_members} more archived), {households} households ({enterprises} enterprises), {linkages} links, {visits} visits, {reception_days} reception days, {requests} visitor requests, {meetings} sets of minutes ({archived} archived documents), {activities} recorded member activities</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli_county.py" line="77" />
      <source>{studio}  {number}  {category}  应于 {deadline} 前{stage}，已超期 %n 个工作日  {who}</source>
      <translation>
        <numerusform>{studio}  {number}  {category}  {stage} due by {deadline}, %n working day overdue  {who}</numerusform>
        <numerusform>{studio}  {number}  {category}  {stage} due by {deadline}, %n working days overdue  {who}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="109" />
      <source>{studio} 扫码找委员</source>
      <translation>{studio}: scan to find a member</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="192" />
      <source>{studio}　群众诉求受理回执（{copy}）</source>
      <translation>{studio}  Receipt for a visitor request ({copy})</translation>
    </message>
    <message>
      <location filename="studio_app/demo/county.py" line="222" />
      <source>{studio}联络员</source>
      <translation>{studio} coordinator</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="141" />
      <source>{studio}：新增 {inserted} 条，合并修改 {updated} 条，办理步骤 {steps} 步，操作日志 {appended} 条，冲突 {conflicts} 条。</source>
      <translation>{studio}: {inserted} new, {updated} merged changes, {steps} request steps, {appended} audit entries, {conflicts} conflicts.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="327" />
      <source>{text}；{notes}</source>
      <translation>{text}; {notes}</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="86" />
      <source>{time}，{user}，{action}</source>
      <translation>{time}, {user}, {action}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="186" />
      <source>{title}（{n} 件）</source>
      <translation>{title} ({n})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="58" />
      <source>{title}（{start} 至 {end}）</source>
      <translation>{title} ({start} to {end})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/county_pdf.py" line="82" />
      <source>{title}（续）</source>
      <translation>{title} (continued)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="318" />
      <source>{total} 分（基础分 {base} 分，合格线 {mark} 分）：{verdict}</source>
      <translation>{total} points (base {base}, pass mark {mark}): {verdict}</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="33" />
      <source>{visits}（{people}）</source>
      <translation>{visits} ({people})</translation>
    </message>
    <message>
      <source>{what} {n}</source>
      <translation type="vanished">{what}: {n}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="80" />
      <source>{what}被 Excel 存成了数字（显示为 {value}），末尾几位已经丢失，不能导入。请把这一列的单元格格式设为“文本”，再重新录入{what}</source>
      <translation>Excel stored the {what} as a number (shown as {value}), so the last digits are lost and it cannot be imported. Set the cell format of this column to “Text” and enter the {what} again</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="313" />
      <source>{where}的内容</source>
      <translation>{where}: content</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="256" />
      <source>{where}的单位</source>
      <translation>{where}: unit</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="320" />
      <source>{where}的反馈</source>
      <translation>{where}: feedback</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="254" />
      <source>{where}的姓名</source>
      <translation>{where}: name</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="258" />
      <source>{where}的职务</source>
      <translation>{where}: position</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="274" />
      <source>{where}的讨论情况</source>
      <translation>{where}: discussion</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="272" />
      <source>{where}的议题</source>
      <translation>{where}: topic</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="315" />
      <source>{where}的责任单位</source>
      <translation>{where}: responsible unit</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="301" />
      <source>{where}：关联的诉求不存在，可能已被删除，请重新选择。</source>
      <translation>{where}: the linked request no longer exists (it may have been deleted). Please choose it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="240" />
      <source>{where}：名册中找不到这位委员，可能已被删除。</source>
      <translation>{where}: this member is not in the roster (they may have been deleted).</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="309" />
      <source>{where}：完成日期 {day} 早于会议日期，请核对。</source>
      <translation>{where}: the date done, {day}, is before the meeting date. Please check it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="304" />
      <source>{where}：完成期限 {deadline} 早于会议日期，请核对。</source>
      <translation>{where}: the deadline, {deadline}, is before the meeting date. Please check it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="293" />
      <source>{where}：请填写事项内容。</source>
      <translation>{where}: please fill in what is to be done.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="251" />
      <source>{where}：请填写姓名。</source>
      <translation>{where}: please fill in the name.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="270" />
      <source>{where}：请填写议题。</source>
      <translation>{where}: please fill in the topic.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="234" />
      <source>{where}：请选择出席或缺席。</source>
      <translation>{where}: please choose present or absent.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="297" />
      <source>{where}：请选择落实情况。</source>
      <translation>{where}: please choose the progress.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/pdf_layout.py" line="443" />
      <source>{who}（签字）：</source>
      <translation>{who} (signature):</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="159" />
      <source>{why}

关联后，这条诉求仍由您答复和回访，办理经过里写明关联的提案。</source>
      <translation>{why}

Once related, you still answer this request and call its visitor back; its history names the proposal.</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="161" />
      <source>{year} 年</source>
      <translation>{year}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="62" />
      <source>{year} 年履职积分（积分办法第 {n} 版，基础分 {base}，合格线 {mark}）</source>
      <translation>Member points of {year} (points scheme version {n}, base {base}, pass mark {mark})</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="356" />
      <source>{year} 年本来就按现行积分办法计分，无需重算。</source>
      <translation>{year} is already scored by the current scheme: nothing to re-score.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="82" />
      <source>{year} 年的接待日都已生成，没有新增。</source>
      <translation>All reception days for {year} have already been created; none were added.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="184" />
      <source>{year}年度全县委员履职积分排名</source>
      <translation>County ranking of member points, {year}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="129" />
      <source>{year}年度委员履职档案</source>
      <translation>Member's record for {year}</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="251" />
      <source>{year}年度委员履职积分</source>
      <translation>Member points {year}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="133" />
      <source>{year}年度委员履职积分排名</source>
      <translation>Members' points ranking for {year}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="181" />
      <source>{year}年度履职积分</source>
      <translation>Member points of {year}</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="157" />
      <source>{year}年诉求按类别统计</source>
      <translation>Requests by category, {year}</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="188" />
      <source>{y}年{m}月</source>
      <translation>{m}/{y}</translation>
    </message>
    <message>
      <location filename="studio_app/base/local_times.py" line="17" />
      <source>{y}年{m}月{d}日</source>
      <translation>{y}-{m}-{d}</translation>
    </message>
    <message>
      <source>—</source>
      <translation type="vanished">—</translation>
    </message>
    <message>
      <location filename="studio_app/server_setup.py" line="61" />
      <source>“{db}”是一台电脑上的数据库文件（SQLite），不需要 server-init：程序第一次打开它时会自动建好，首次使用向导会设置管理员。server-init 只用于县政协的 PostgreSQL 服务器，例如 --db postgresql+psycopg://studio@服务器地址/studio。</source>
      <translation>“{db}” is a database file on one PC (SQLite) and needs no server-init: the program creates it when it first opens it, and the first-run wizard sets up the administrator. server-init is only for the county CPPCC's PostgreSQL server, e.g. --db postgresql+psycopg://studio@server-address/studio.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="309" />
      <source>“{kind}”由系统从记录中统计，不能手工登记。</source>
      <translation>“{kind}” is counted from the records and cannot be entered by hand.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="140" />
      <source>“{name}”不是 Excel 工作簿（.xlsx），无法读取。</source>
      <translation>“{name}” is not an Excel workbook (.xlsx) and cannot be read. </translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="182" />
      <source>“{name}”不是 Excel 工作簿（可能是 Word 文档或其他压缩文件），请选择 .xlsx 格式的表格文件。</source>
      <translation>“{name}” is not an Excel workbook (it may be a Word document or another kind of zip file). Please choose a table file in .xlsx format.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="94" />
      <source>“{name}”不是外出工作包或带回文件。请选择由本程序生成的文件。</source>
      <translation>“{name}” is not a field package or return file. Choose a file made by this program.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="246" />
      <source>“{name}”不是委员工作室助手的数据库（里面已有其他数据表）。请选择正确的数据库文件。</source>
      <translation>“{name}” is not a Members' Studio Assistant database (it already holds other tables). Please choose the correct database file.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="134" />
      <source>“{name}”不是委员工作室助手的数据库（里面是其他数据表）。</source>
      <translation>“{name}” is not a Members' Studio Assistant database (it holds other tables).</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="142" />
      <source>“{name}”不是数据库文件，或者文件已损坏（文件开头不是 SQLite 数据库的标记），程序不使用它。请选择正确的数据库文件；如果它原来就是委员工作室助手的数据库，</source>
      <translation>“{name}” is not a database file, or it is damaged (it does not begin with the mark of a SQLite database); the program does not use it. Choose the right database file; if this was a Studio Assistant database, please </translation>
    </message>
    <message>
      <source>“{name}”不是有效的数据库文件，或者文件已损坏。请选择正确的文件，或从备份恢复。</source>
      <translation type="vanished">“{name}” is not a valid database file, or the file is damaged. Please choose the correct file, or restore from a backup.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="107" />
      <source>“{name}”不是有效的数据库文件，或者文件已损坏（{detail}），不能用于恢复。</source>
      <translation>“{name}” is not a valid database file, or the file is damaged ({detail}). It cannot be used for restoring.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="167" />
      <source>“{name}”不是有效的数据库文件，或者文件已损坏（{error}）。</source>
      <translation>“{name}” is not a valid database file, or the file is damaged ({error}).</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="221" />
      <source>“{name}”与已有类别“{existing}”相同（全角半角、大小写、空格不同也算同一类别），请换一个名称。</source>
      <translation>“{name}” is the same as the existing category “{existing}” (differences in full-width/half-width characters, upper/lower case and spaces do not count). Please choose another name.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="275" />
      <source>“{name}”中有一段文字超过 {max} 个字符（Excel 单元格最多能放这么多），文件可能已损坏或不是 Excel/WPS 保存的。请在 Excel/WPS 中打开它并另存为新的 .xlsx 文件后再导入。</source>
      <translation>“{name}” holds a text longer than {max} characters (the most an Excel cell can hold): the file may be damaged or was not saved by Excel/WPS. Open it in Excel/WPS, save it as a new .xlsx file and import that.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="234" />
      <source>“{name}”中的内容被压缩了 {n} 倍（正常的表格只有十几倍），解压后会异常庞大，不像是一份名册，为免耗尽内存，程序没有读取它。如果这确实是名册，请在 Excel/WPS 中打开它，把名册复制到一个新建的工作簿中保存后再导入。</source>
      <translation>The contents of “{name}” are compressed {n} times (a normal spreadsheet about ten to twenty times): unpacked they would be enormous, which no roster is, so the program did not read it, to keep from running out of memory. If it really is a roster, open it in Excel/WPS, copy the roster into a new workbook, save that and import it.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="246" />
      <source>“{name}”中的工作表太多（超过 {max} 个）。请把名册所在的工作表复制到一个新建的工作簿中，保存后再导入。</source>
      <translation>“{name}” has too many sheets (more than {max}). Copy the sheet with the roster into a new workbook, save it and import that.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="289" />
      <source>“{name}”中的文字太多，超出了程序一次能读取的范围（超过 {mb} MB）。请删去不需要导入的列，或把名册分成几个文件（每个不超过 {rows} 行）分别导入。</source>
      <translation>“{name}” holds more text than the program can read at once (over {mb} MB). Delete the columns you do not need to import, or split the roster into several files (at most {rows} rows each) and import them one by one.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="131" />
      <source>“{name}”实际上是网页（HTML）格式，只是扩展名像 Excel 文件，常见于从网站或业务系统导出的表格。</source>
      <translation>“{name}” is really a web page (HTML), even though its extension looks like an Excel file. This is common for tables exported from websites or office systems. </translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="189" />
      <source>“{name}”已损坏或不完整，无法读取。请在 Excel/WPS 中打开它并另存为新的 .xlsx 文件；如果打不开，请重新获取原文件。</source>
      <translation>“{name}” is damaged or incomplete and cannot be read. Open it in Excel/WPS and save it as a new .xlsx file; if it will not open, get the original file again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="104" />
      <source>“{name}”已经存在（可能是另一个外出工作包的数据）。为免混在一起，请换一个新的文件名，或先把那份数据生成带回文件交回办公室。</source>
      <translation>“{name}” already exists (perhaps the data of another field package). So that the two are not mixed, choose a new file name, or first make a return file of that data for the office.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="126" />
      <source>“{name}”是 Excel 2003 XML 表格格式，本程序只能读取 .xlsx。</source>
      <translation>“{name}” is in Excel 2003 XML format; this program can only read .xlsx. </translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="178" />
      <source>“{name}”是 Excel 二进制工作簿（.xlsb）格式。</source>
      <translation>“{name}” is an Excel binary workbook (.xlsb). </translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="180" />
      <source>“{name}”是 OpenDocument 表格（.ods）格式。</source>
      <translation>“{name}” is an OpenDocument spreadsheet (.ods). </translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="180" />
      <source>“{name}”是一个文件夹，不是数据库文件。请写出数据库文件本身，例如“{example}”。</source>
      <translation>“{name}” is a folder, not a database file. Give the database file itself, for example “{example}”.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="179" />
      <source>“{name}”是一个空文件（0 字节），不是数据库，不能用于恢复。</source>
      <translation>“{name}” is an empty file (0 bytes), not a database, and cannot be used for restoring.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="137" />
      <source>“{name}”是一个空的数据库，里面没有委员工作室助手的数据。</source>
      <translation>“{name}” is an empty database with no Members' Studio Assistant data in it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="172" />
      <source>“{name}”是唯一在用的工作室，不能撤销。</source>
      <translation>“{name}” is the only open studio and cannot be closed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="651" />
      <source>“{name}”是唯一在用的管理员，不能{change}。请先把另一位用户设为管理员，以免再也没有人能管理用户和恢复数据。</source>
      <translation>“{name}” is the only active administrator and cannot be {change}. First make another user an administrator, so that someone can still manage users and restore data.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="139" />
      <source>“{name}”是文本（CSV）文件，不是 Excel 工作簿。</source>
      <translation>“{name}” is a text (CSV) file, not an Excel workbook. </translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="119" />
      <source>“{name}”是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，本程序只能读取 .xlsx。</source>
      <translation>“{name}” is in the old Excel 97-2003 (.xls) or WPS (.et) format; this program can only read .xlsx. </translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="139" />
      <source>“{name}”由更新版本的委员工作室助手创建（结构版本 {rev}），本程序无法使用，以免损坏数据。请安装最新版本后再试。</source>
      <translation>“{name}” was created by a newer version of Members' Studio Assistant (database version {rev}). This program cannot use it, so as not to damage the data. Please install the latest version and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="285" />
      <source>“{name}”的内容太多，超出了程序一次能读取的范围（读到工作表“{sheet}”第 {row} 行时已超过 {mb} MB）。请删去不需要导入的列，或把名册分成几个文件（每个不超过 {rows} 行）分别导入。</source>
      <translation>“{name}” holds more than the program can read at once (over {mb} MB by row {row} of sheet “{sheet}”). Delete the columns you do not need to import, or split the roster into several files (at most {rows} rows each) and import them one by one.</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="253" />
      <source>“{name}”的分值、加分和上限不能是负数（扣分项写正数）。</source>
      <translation>The points, extra and cap of “{name}” cannot be negative (write a deduction as a positive number).</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="228" />
      <source>“{name}”解压后的内容异常庞大（超过 {mb} MB），不像是一份名册，为免耗尽内存，程序没有读取它。如果这确实是名册，请在 Excel/WPS 中打开它，把名册复制到一个新建的工作簿中保存；名册很大时，请分成几个文件（每个不超过 {rows} 行）分别导入。</source>
      <translation>Unpacked, “{name}” would be enormous (over {mb} MB), which no roster is, so the program did not read it, to keep from running out of memory. If it really is a roster, open it in Excel/WPS and copy the roster into a new workbook to save; if the roster is very large, split it into several files (at most {rows} rows each) and import them one by one.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="114" />
      <source>“{name}”设置了打开密码，程序无法读取。请在 Excel/WPS 中打开文件，取消文件密码后另存为 .xlsx，再导入。</source>
      <translation>“{name}” is protected by an opening password, so the program cannot read it. Open the file in Excel/WPS, remove the password, save it as .xlsx and import it again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="240" />
      <source>“{name}”里打包了 {n} 个文件（正常的 Excel 工作簿只有几十个），可能已损坏或不是 Excel 工作簿，程序没有读取它。如果这确实是名册，请在 Excel/WPS 中打开它，把名册复制到一个新建的工作簿中保存后再导入。</source>
      <translation>“{name}” packs {n} files (a normal Excel workbook has a few dozen): it may be damaged or not an Excel workbook, so the program did not read it. If it really is a roster, open it in Excel/WPS, copy the roster into a new workbook, save that and import it.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="340" />
      <source>“{name}”里没有可读取的工作表。</source>
      <translation>“{name}” has no worksheet that can be read.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="112" />
      <source>“{path}”不能嵌入 PDF 或不含中文字符。请选择 TrueType 中文字体（.ttf 或 .ttc，如 simsun.ttc、wqy-zenhei.ttc）；Noto/思源字体不能使用。</source>
      <translation>“{path}” cannot be embedded in a PDF or has no Chinese characters. Please choose a TrueType Chinese font (.ttf or .ttc, such as simsun.ttc or wqy-zenhei.ttc); Noto/Source Han fonts cannot be used.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/restore.py" line="144" />
      <source>“{path}”就是当前的数据库文件，不能用它自己恢复。请选择一个备份文件。</source>
      <translation>“{path}” is the database file in use now; it cannot be restored from itself. Please choose a backup file.</translation>
    </message>
    <message>
      <source>“{path}”是一个文件夹，不是数据库文件。请选择一个数据库文件。</source>
      <translation type="vanished">“{path}” is a folder, not a database file. Please choose a database file.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="95" />
      <source>“{path}”是一个文件夹，请选择一个备份文件。</source>
      <translation>“{path}” is a folder. Please choose a backup file.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="204" />
      <source>“{path}”是文件夹，请选择一个 .xlsx 文件。</source>
      <translation>“{path}” is a folder. Please choose an .xlsx file.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="208" />
      <source>“{step}”的日期 {day} 早于上一步的日期 {previous}，请检查日期。</source>
      <translation>The date of “{step}”, {day}, is before the date of the previous step, {previous}. Please check the date.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="214" />
      <source>“{step}”的日期 {day} 还没有到，请填写已经发生的日期。</source>
      <translation>The date of “{step}”, {day}, has not come yet. Please enter the date it happened.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="166" />
      <source>“{studio}”已有一个外出工作包没有带回（{when} 由 {who} 带出）。两个工作包同时在外，带回时会互相覆盖。请先导入那个工作包的带回文件；若那台笔记本已丢失或不再带回，请选择“作废之前的工作包并重新带出”（命令行：--replace）。</source>
      <translation>“{studio}” already has a field package out (taken out at {when} by {who}). Two packages out at once would overwrite each other on return. Import that package's return file first; if that laptop is lost or will not come back, choose “Cancel the earlier package and take out a new one” (command line: --replace).</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="306" />
      <source>“{studio}”还没有在任的委员，无法生成海报。</source>
      <translation>“{studio}” has no serving members yet, so no poster can be made.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="108" />
      <source>“{text}”不是可选的值，可选：{options}。</source>
      <translation>“{text}” is not one of the choices. Choose from: {options}.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="83" />
      <source>“{text}”不是日期，请写成 2026-11-23 这样的格式</source>
      <translation>“{text}” is not a date. Please write it like 2026-11-23</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="110" />
      <source>“{text}”不是有效的日期。</source>
      <translation>“{text}” is not a valid date.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="503" />
      <source>“{text}”和“{kept}”是同一列，已使用“{kept}”，这一列没有导入</source>
      <translation>“{text}” and “{kept}” are the same column. “{kept}” was used and this column was not imported</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="202" />
      <source>“{title}”不能记录“{step}”：{why}</source>
      <translation>“{step}” cannot be recorded for “{title}”: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="417" />
      <source>“{title}”已经提交，正文和委员不再修改；如提交的记录有误，请“更正”提交这一步。</source>
      <translation>“{title}” has been submitted: its text and members are no longer changed. If the submission was recorded wrongly, use “Correct” on that step.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="553" />
      <source>“{title}”还没有领衔委员，提交前请在正文中选择领衔委员。</source>
      <translation>“{title}” has no lead member yet. Choose the lead member in the text before submitting.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="237" />
      <source>“{title}”：记录{step}这一步和它发生的日期。</source>
      <translation>“{title}”: record the step “{step}” and the day it happened.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="72" />
      <source>“{value}”不是整数，请填写阿拉伯数字，如 3</source>
      <translation>“{value}” is not a whole number. Please enter digits, e.g. 3</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="76" />
      <source>“{value}”不是有效的日期，请写成 2024-03-05 这样的格式</source>
      <translation>“{value}” is not a valid date. Please write it like 2024-03-05</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="74" />
      <source>“{value}”不是有效的电话号码：手机号应为以1开头的11位数字，座机号如 0931-8123456。</source>
      <translation>“{value}” is not a valid phone number: a mobile number has 11 digits starting with 1; a landline number looks like 0931-8123456.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="203" />
      <source>“{where}”上回应的不是数据库服务（可能端口填错了）。请核对端口（一般是 5432）。</source>
      <translation>What answers at “{where}” is not a database service (the port may be wrong). Check the port (usually 5432).</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="91" />
      <source>　</source>
      <translation>  </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="106" />
      <source>、</source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="401" />
      <source>。</source>
      <translation>.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="358" />
      <source>一、二、三</source>
      <translation>1, 2, 3</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="390" />
      <source>一、基本情况</source>
      <translation>1. Overview</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="84" />
      <source>一、情况分析（存在问题）</source>
      <translation>1. Analysis (problems)</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="250" />
      <source>一位委员的二维码图片（.png 或 .svg）</source>
      <translation>QR code image of one member (.png or .svg)</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_figures.py" line="148" />
      <source>一次性化解率</source>
      <translation>First-time resolution rate</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="417" />
      <source>三、建议</source>
      <translation>3. Suggestions</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="93" />
      <source>三、意见建议</source>
      <translation>3. Recommendations</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>上门</source>
      <translation>In person</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>不予受理</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="107" />
      <source>不予受理 — {number}</source>
      <translation>Reject — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="591" />
      <source>不予受理的理由</source>
      <translation>Reason for rejecting</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>不予立案</source>
      <translation>Not registered</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="69" />
      <source>不合格</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>不满意</source>
      <translation>Dissatisfied</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="55" />
      <source>不用上网：登记页只在工作室的网络里打开，内容只保存在工作室的电脑上。页面用普通的 http 传送（没有互联网的网络无法取得证书），请不要填写身份证号、银行卡号和密码。</source>
      <translation>No internet needed: the page opens on the studio's own network only, and what you send stays on the studio's PC. It is sent over plain http (a network without internet cannot get a certificate): do not enter ID numbers, bank card numbers or passwords.</translation>
    </message>
    <message>
      <source>不能{action}</source>
      <translation type="vanished">Cannot {action}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="166" />
      <source>不能{permission}</source>
      <translation>Cannot {permission}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="36" />
      <source>不能和参数 %s 一起用</source>
      <translation>not allowed with argument %s</translation>
    </message>
    <message>
      <location filename="studio_app/core/scope.py" line="211" />
      <source>不能把记录登记到您所在工作室以外的工作室。</source>
      <translation>You cannot register a record in a studio other than your own.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="197" />
      <source>不能用于恢复。</source>
      <translation> It cannot be used for restoring.</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="209" />
      <source>与第 {row} 行姓名和电话相同，是重复行，请删除其中一行。</source>
      <translation>Same name and phone as row {row}: this is a duplicate row. Please delete one of them.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="39" />
      <source>专委会</source>
      <translation>Committee</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="39" />
      <source>专长</source>
      <translation>Specialties</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr_sheets.py" line="218" />
      <source>专长：{text}</source>
      <translation>Specialties: {text}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="71" />
      <source>两次输入的口令不一样，没有生成文件。</source>
      <translation>The two passphrases differ; no file was made.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="71" />
      <source>两次输入的密码不一样，没有做任何改动。请重新运行 server-init。</source>
      <translation>The two passwords differ; nothing was changed. Please run server-init again.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="38" />
      <source>中国共产党</source>
      <translation>Communist Party of China</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="191" />
      <source>中秋节</source>
      <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>主持人</source>
      <translation>Host</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="44" />
      <source>主要联系人</source>
      <translation>Primary contact</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="42" />
      <source>主题</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="39" />
      <source>九三学社</source>
      <translation>Jiusan Society</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="31" />
      <source>乡镇（街道）</source>
      <translation>Township (subdistrict)</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="88" />
      <source>书面发言</source>
      <translation>Written speech</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="86" />
      <source>二、具体建议</source>
      <translation>2. Concrete suggestions</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="92" />
      <source>二、存在问题</source>
      <translation>2. Problems</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="412" />
      <source>二、群众反映的具体问题</source>
      <translation>2. Problems raised by the public</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr.py" line="115" />
      <source>二维码内容为空，无法生成二维码。</source>
      <translation>The QR code has no content, so it cannot be made.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr.py" line="120" />
      <source>二维码内容太长（{n} 字节），最多约 {limit} 字节，请删减后再生成。</source>
      <translation>The QR code content is too long ({n} bytes); the most is about {limit} bytes. Please shorten it and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="533" />
      <source>二维码只能保存为 .png 或 .svg 文件。</source>
      <translation>A QR code can only be saved as a .png or .svg file.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="335" />
      <source>二维码已失效</source>
      <translation>This QR code is no longer valid</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="57" />
      <source>五保</source>
      <translation>Five guarantees</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="201" />
      <source>交办</source>
      <translation>Assign</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="40" />
      <source>交办 — {number}</source>
      <translation>Assign — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_figures.py" line="148" />
      <source>交办及时率</source>
      <translation>On-time assignment rate</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="46" />
      <source>交办委员</source>
      <translation>Assigned member</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="371" />
      <source>交办对象</source>
      <translation>Assign to</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="48" />
      <source>交办意见</source>
      <translation>Assignment note</translation>
    </message>
    <message>
      <location filename="studio_app/core/app_settings.py" line="106" />
      <source>交办时限</source>
      <translation>Time limit to assign</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="35" />
      <source>交办给承办委员和/或承办单位。改派同样在这里，办理中（含回访不满意后）也可以改派。</source>
      <translation>Assign to a handling member and/or unit. Re-routing is done here too, also while in progress (after an unsatisfied return visit as well). </translation>
    </message>
    <message numerus="yes">
      <source>交办给承办委员和/或承办单位；答复期限为交办后 %n 个工作日。</source>
      <translation type="vanished">
        <numerusform>Assign to a handling member and/or a handling unit. The answer is due %n working day after assignment.</numerusform>
        <numerusform>Assign to a handling member and/or a handling unit. The answer is due %n working days after assignment.</numerusform>
      </translation>
    </message>
    <message>
      <source>交办给承办委员和/或承办单位；答复期限为交办后 {n} 个工作日。</source>
      <translation type="vanished">Assign to a handling member and/or a handling unit. The answer is due {n} working days after assignment.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>交通</source>
      <translation>Transport</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="37" />
      <source>人口</source>
      <translation>Household size</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="138" />
      <source>人口数</source>
      <translation>People in household</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="45" />
      <source>人口资源环境委员会</source>
      <translation>Population, Resources and Environment Committee</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="166" />
      <source>从 Excel 导入委员或联户名册（全部成功才导入）</source>
      <translation>Import a member or linked-household roster from Excel (nothing is imported unless every row is correct)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>从备份恢复</source>
      <translation>Restore from backup</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="40" />
      <source>从备份恢复：先核对备份，当前数据库另存到 before-restore，再替换（不询问）</source>
      <translation>Restore from a backup: check the backup, save the current database to before-restore, then replace it (without asking)</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="295" />
      <source>从未走访</source>
      <translation>Never visited</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="143" />
      <source>以 JSON 输出</source>
      <translation>Output as JSON</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="101" />
      <source>件</source>
      <translation>requests</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="159" />
      <source>件数</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>仿宋</source>
      <translation>FangSong</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="58" />
      <source>企业</source>
      <translation>Enterprise</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="326" />
      <source>会议</source>
      <translation>Meetings</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="345" />
      <source>会议 %Ln</source>
      <translation>
        <numerusform>%Ln meeting</numerusform>
        <numerusform>%Ln meetings</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="233" />
      <source>会议 ID，或 latest（最近一次会议，默认）</source>
      <translation>Meeting ID, or latest (the most recent meeting, the default)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="117" />
      <source>会议 {id}</source>
      <translation>Meeting {id}</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="402" />
      <source>会议“{topic}”已归档，请先恢复再修改。</source>
      <translation>The meeting “{topic}” is archived. Restore it before changing it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="473" />
      <source>会议“{topic}”已归档，请先恢复再登记落实情况。</source>
      <translation>The meeting “{topic}” is archived. Restore it before recording progress.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="201" />
      <source>会议主题</source>
      <translation>Meeting subject</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="200" />
      <source>会议地点</source>
      <translation>Meeting place</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>会议概况</source>
      <translation>Meeting overview</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>会议类型</source>
      <translation>Meeting type</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>会议纪要</source>
      <translation>Meeting minutes</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="395" />
      <source>会议纪要…</source>
      <translation>meeting minutes…</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="57" />
      <source>低保</source>
      <translation>Minimum living allowance</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>住房</source>
      <translation>Housing</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="41" />
      <source>体育界</source>
      <translation>Sports</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="224" />
      <source>作废</source>
      <translation>Revoke</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="44" />
      <source>作废还没带回的工作包（例如笔记本丢失），再带出新的</source>
      <translation>Cancel the package still out (e.g. a lost laptop) and take out a new one</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="205" />
      <source>作废，长期海报不能再提交</source>
      <translation>revoked: the standing poster can no longer submit</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>使用外出工作包</source>
      <translation>use field packages</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="190" />
      <source>例如：东关片区路灯长期失修</source>
      <translation>e.g. Street lights in the Dongguan area have been broken for a long time</translation>
    </message>
    <message>
      <source>例如：关于加强农村道路养护的提案</source>
      <translation type="vanished">e.g. Proposal on better upkeep of rural roads</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="190" />
      <source>例如：县交通运输局</source>
      <translation>e.g. county transport bureau</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="105" />
      <source>例如：属于司法程序，已告知当事人依法诉讼</source>
      <translation>e.g. This is a court matter; the person was told to take legal action</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="56" />
      <source>例如：涉及县交通局和镇政府，需要会商后答复</source>
      <translation>e.g. The county transport bureau and the town government must confer before answering</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="265" />
      <source>例如：误录为立案，实际为不予立案</source>
      <translation>e.g. recorded as registered by mistake; it was not registered</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="32" />
      <source>例如：镇城建办、县交通局</source>
      <translation>e.g. Township Construction Office, County Transport Bureau</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="239" />
      <source>保存</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="226" />
      <source>保存到的文件</source>
      <translation>File to save to</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="94" />
      <source>保存回访</source>
      <translation>Save return visit</translation>
    </message>
    <message>
      <location filename="studio_app/core/retention.py" line="242" />
      <source>保存年限</source>
      <translation>Years to keep</translation>
    </message>
    <message>
      <location filename="studio_app/core/retention.py" line="243" />
      <source>保存年限应为 1 到 {max} 年的整数。</source>
      <translation>Years to keep must be a whole number from 1 to {max}.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="277" />
      <source>保存更正</source>
      <translation>Save correction</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="73" />
      <source>保存答复</source>
      <translation>Save answer</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="73" />
      <source>保留了恢复前的 {users} 个账户和全部 {events} 条操作日志，这次恢复也已记入操作日志。</source>
      <translation>Kept from before the restore: user accounts: {users}; audit log entries: all {events}. The restore itself was recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/storage/backups/carry_over.py" line="77" />
      <source>保留了恢复前的全部 %n 条操作日志（恢复前没有设置登录，账户用备份中的），这次恢复也已记入操作日志。</source>
      <translation>
        <numerusform>The %n audit log entry from before the restore was kept (login was not set up before the restore, so the backup's user accounts are used), and the restore itself was recorded in the audit log.</numerusform>
        <numerusform>All %n audit log entries from before the restore were kept (login was not set up before the restore, so the backup's user accounts are used), and the restore itself was recorded in the audit log.</numerusform>
      </translation>
    </message>
    <message>
      <source>保留了恢复前的全部 {events} 条操作日志（恢复前没有设置登录，账户用备份中的），这次恢复也已记入操作日志。</source>
      <translation type="vanished">All {events} audit log entries from before the restore were kept (login was not set up before the restore, so the backup's user accounts are used), and the restore itself was recorded in the audit log.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>修改密码</source>
      <translation>Change password</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>修改数据</source>
      <translation>edit data</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="179" />
      <source>修改正文</source>
      <translation>Text changed</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>修改用户</source>
      <translation>Change user</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>修改设置</source>
      <translation>change settings</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="197" />
      <source>修订原因</source>
      <translation>Reason for revision</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="199" />
      <source>修订原因最多 1000 字。</source>
      <translation>The reason for revision can be at most 1000 characters.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>值班</source>
      <translation>Duty</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="284" />
      <source>值班委员</source>
      <translation>Members on duty</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="199" />
      <source>停止（{why}），本次收到 {count}</source>
      <translation>stopped ({why}), {count} received in this run</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="161" />
      <source>停用</source>
      <translation>deactivated</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="188" />
      <source>元旦</source>
      <translation>New Year's Day</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="55" />
      <source>党政点题</source>
      <translation>Set by party and government</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>全体会议</source>
      <translation>Plenary session</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="118" />
      <source>全体会议请假</source>
      <translation>Plenary session, on leave</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="37" />
      <source>全体在任委员，每人从新的一页开始</source>
      <translation>every serving member, each from a new page</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="144" />
      <source>全县共用的设置</source>
      <translation>Settings shared by the county</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_overview.py" line="328" />
      <source>全县合计</source>
      <translation>County total</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="160" />
      <source>全县委员履职积分排名</source>
      <translation>County ranking of member points</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="131" />
      <source>全县概览</source>
      <translation>County overview</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="182" />
      <source>全县概览（{period}）</source>
      <translation>County overview ({period})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="75" />
      <source>全县没有超期的诉求。</source>
      <translation>No request is overdue in the county.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="183" />
      <source>全县超期诉求</source>
      <translation>Overdue requests in the county</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="121" />
      <source>全县超期诉求（{n} 件，截至 {day}）</source>
      <translation>Overdue requests in the county ({n}, as of {day})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="33" />
      <source>全县超期诉求（各工作室，不含电话号码）</source>
      <translation>the county's overdue requests (every studio, no phone numbers)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>全国</source>
      <translation>National</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="86" />
      <source>全部委员工作室</source>
      <translation>All members' studios</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="53" />
      <source>公文式（默认）</source>
      <translation>Official style (default)</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="404" />
      <source>共 %n 处错误，未导入任何数据。请改正后重新导入。</source>
      <translation>
        <numerusform>%n error found; nothing was imported. Please correct it and import again.</numerusform>
        <numerusform>%n errors found; nothing was imported. Please correct them and import again.</numerusform>
      </translation>
    </message>
    <message>
      <source>共 {n} 处错误，未导入任何数据。请改正后重新导入。</source>
      <translation type="vanished">{n} errors found; nothing was imported. Please correct them and import again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>共性问题</source>
      <translation>Common issue</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="445" />
      <source>共性问题“{title}”中没有可以转为提案的诉求（已合并、不予受理或已转的除外）。</source>
      <translation>The common issue “{title}” has no request that can be converted (merged, rejected and already converted ones are left out).</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="125" />
      <source>共性问题“{title}”已归档，请先恢复再添加诉求。</source>
      <translation>The common issue “{title}” is archived. Restore it before adding requests.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="348" />
      <source>共性问题标题</source>
      <translation>Common issue title</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="191" />
      <source>共性问题的概括（可稍后补充）</source>
      <translation>Summary of the common issue (can be added later)</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="513" />
      <source>共核对 %n 份存档文件，{bad} 份已损坏。</source>
      <translation>
        <numerusform>%n archived file checked, {bad} damaged.</numerusform>
        <numerusform>%n archived files checked, {bad} damaged.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="516" />
      <source>共核对 %n 份存档文件，全部完好。</source>
      <translation>
        <numerusform>%n archived file checked: intact.</numerusform>
        <numerusform>%n archived files checked, all intact.</numerusform>
      </translation>
    </message>
    <message>
      <source>共核对 {n} 份存档文件，{bad} 份已损坏。</source>
      <translation type="vanished">{n} archived files checked, {bad} damaged.</translation>
    </message>
    <message>
      <source>共核对 {n} 份存档文件，全部完好。</source>
      <translation type="vanished">{n} archived files checked, all intact.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="39" />
      <source>共青团</source>
      <translation>Communist Youth League</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="104" />
      <source>关联到提案（诉求 {number}）：{report}</source>
      <translation>Related to the proposal (request {number}): {report}</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="707" />
      <source>关联到该提案</source>
      <translation>Relate to the proposal</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="156" />
      <source>关联诉求</source>
      <translation>Linked request</translation>
    </message>
    <message>
      <location filename="studio_app/ui/settings_dialogs.py" line="50" />
      <source>关闭</source>
      <translation>Close</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/common_issues.py" line="406" />
      <source>其中 %n 件尚未办结。</source>
      <translation>
        <numerusform> %n of them is still open.</numerusform>
        <numerusform> %n of them are still open.</numerusform>
      </translation>
    </message>
    <message>
      <source>其中 {n} 件尚未办结。</source>
      <translation type="vanished"> {n} of them are still open.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="52" />
      <source>其他</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>其他参会人员</source>
      <translation>Other attendees</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="140" />
      <source>其他履职活动</source>
      <translation>Other activities</translation>
    </message>
    <message>
      <location filename="studio_app/core/scope.py" line="77" />
      <source>其他工作室的记录</source>
      <translation>A record of another studio</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>其他活动</source>
      <translation>Other activity</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="755" />
      <source>具体建议</source>
      <translation>Concrete suggestions</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>养老</source>
      <translation>Elderly care</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="45" />
      <source>内容</source>
      <translation>Content</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="460" />
      <source>内容太长（{n} 个字），最多 {max} 个字。请写主要的事，详细情况可以到工作室当面说。</source>
      <translation>The text is too long ({n} characters), at most {max}. Write the main point; the details can be told at the studio in person.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="209" />
      <source>内容没有改动，不需要修订。</source>
      <translation>Nothing has changed, so no revision is needed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_list.py" line="201" />
      <source>内容相近</source>
      <translation>Similar content</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="70" />
      <source>再输入一次口令：</source>
      <translation>Passphrase again: </translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="70" />
      <source>再输入一次密码：</source>
      <translation>Password again: </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/access.py" line="298" />
      <source>再输错 %n 次，账户将锁定 {minutes} 分钟。</source>
      <translation>
        <numerusform>%n more wrong attempt and the account will be locked for {minutes} minutes.</numerusform>
        <numerusform>%n more wrong attempts and the account will be locked for {minutes} minutes.</numerusform>
      </translation>
    </message>
    <message>
      <source>再输错 {left} 次，账户将锁定 {minutes} 分钟。</source>
      <translation type="vanished">{left} more wrong attempts and the account will be locked for {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="52" />
      <source>农业</source>
      <translation>Agriculture</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="45" />
      <source>农业和农村委员会</source>
      <translation>Agriculture and Rural Affairs Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="40" />
      <source>农业界</source>
      <translation>Agriculture</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="38" />
      <source>农工党</source>
      <translation>Peasants and Workers Democratic Party</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>农户/居民</source>
      <translation>Household/resident</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>出席</source>
      <translation>Present</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="117" />
      <source>出席全体会议</source>
      <translation>Attended the plenary session</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>出席委员</source>
      <translation>Members present</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="119" />
      <source>出席常委会议</source>
      <translation>Attended a standing committee meeting</translation>
    </message>
    <message>
      <source>出席情况</source>
      <translation type="vanished">Attendance</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="128" />
      <source>出现意外错误，操作没有完成（{summary}）。已保存的资料不受影响。请重试；如果反复出现，请把日志文件“{log}”发给技术支持。</source>
      <translation>An unexpected error stopped the operation ({summary}). What was saved is not affected. Please try again; if it happens again, send the log file “{log}” to support.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="136" />
      <source>分</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="92" />
      <source>切换了工作室</source>
      <translation>the studio was switched</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="27" />
      <source>列出全体在任委员某一年的履职积分（总分和各项得分）</source>
      <translation>every serving member's points for a year (the total and each item)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="26" />
      <source>列出全部工作室（含已撤销的）</source>
      <translation>list every studio (closed ones too)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="42" />
      <source>列出待受理的扫码提交</source>
      <translation>List the QR submissions awaiting acceptance</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="150" />
      <source>列出超期未交办、未答复、未回访的诉求</source>
      <translation>List requests that are overdue to be assigned, answered or given a return visit</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="264" />
      <source>列名</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>列席</source>
      <translation type="vanished">Guest</translation>
    </message>
    <message>
      <location filename="studio_app/base/errors.py" line="53" />
      <source>别人</source>
      <translation>someone else</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="89" />
      <source>到了设定的时间</source>
      <translation>the time limit was reached</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="57" />
      <source>办公室：列出等待选择的冲突</source>
      <translation>Office: list the conflicts waiting for a choice</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="52" />
      <source>办公室：导入带回文件（一次完成；双方都改过的记录进入冲突列表）</source>
      <translation>Office: import a return file (all at once; records changed on both sides go to the conflict list)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="41" />
      <source>办公室：把一个工作室的数据生成加密的外出工作包</source>
      <translation>Office: write one studio's data as an encrypted field package</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>办理中</source>
      <translation>In progress</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="304" />
      <source>办理情况</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="118" />
      <source>办理状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="298" />
      <source>办理结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="37" />
      <source>办结</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>加盟委员</source>
      <translation>Team member</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="189" />
      <source>劳动节</source>
      <translation>Labour Day</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>医疗</source>
      <translation>Medical care</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="40" />
      <source>医药卫生界</source>
      <translation>Medicine and health</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="402" />
      <source>匿名</source>
      <translation>Anonymous</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>匿名化来访人</source>
      <translation>Anonymise visitors</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>匿名化过期的来访人信息</source>
      <translation>anonymise expired visitor details</translation>
    </message>
    <message>
      <location filename="studio_app/core/retention.py" line="96" />
      <source>匿名处理只改当前的数据库，不改已有的备份，也不改恢复前、升级前另存的副本（数据库旁的 before-restore、before-upgrade 文件夹）：其中仍有原来的姓名和号码。它们按各自的保留规则自动删除：备份每天一份保留 {days} 天、每月一份保留 {months} 个月；另存的副本保留 {aside} 天，并始终保留最近 {last} 份。U 盘等处另外复制的文件需要自行删除。</source>
      <translation>Anonymising changes the current database only, not the existing backups, nor the copies kept before restores and upgrades (the before-restore and before-upgrade folders beside the database): these still hold the original names and numbers. They are deleted by their own rules: backups are kept one a day for {days} days and one a month for {months} months; the copies are kept for {aside} days, always keeping the latest {last}. Copies made elsewhere, such as on a USB drive, must be deleted by hand.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="289" />
      <source>升级前的副本：{path}。</source>
      <translation>Copy made before the upgrade: {path}. </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>协商议事会</source>
      <translation>Consultation meeting</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>协商议事等会议</source>
      <translation>Consultation and other meetings</translation>
    </message>
    <message>
      <source>单位</source>
      <translation type="vanished">Unit</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>单位/组织</source>
      <translation>Unit/organisation</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="148" />
      <source>单元格 {cell} 是公式 {formula}，文件里没有保存它的计算结果，已按公式原文导入。如要导入计算结果，请在 Excel/WPS 中打开并保存文件后重新导入。</source>
      <translation>Cell {cell} is the formula {formula}, and the file does not hold its result: the formula's text is imported. To import its result instead, open the file in Excel/WPS, save it and import it again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="153" />
      <source>单元格 {cell} 是公式 {formula}，文件里没有保存它的计算结果，而这一列只能导入结果。请在 Excel/WPS 中打开并保存文件（保存时会算出结果）后重新导入，或在这一格直接填写。</source>
      <translation>Cell {cell} is the formula {formula}, and the file does not hold its result, while this column can only take a result. Open the file in Excel/WPS and save it (saving calculates the results), then import it again, or type the value into this cell.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="169" />
      <source>单元格是错误值 {value}（通常是公式出错），请在 Excel 中改正后再导入</source>
      <translation>The cell holds the error value {value} (usually a formula error). Correct it in Excel and import again</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="103" />
      <source>即日起由{name}担任这一户的主要联系人。</source>
      <translation>From today {name} is the household's primary contact.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="519" />
      <source>原密码</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="519" />
      <source>原密码不正确。</source>
      <translation>The current password is wrong.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="112" />
      <source>原来的数据库已另存为：{path}</source>
      <translation>The old database was saved as: {path}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>县</source>
      <translation>County</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="111" />
      <source>县政协</source>
      <translation>County office</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="53" />
      <source>县政协委员工作室</source>
      <translation>CPPCC members' studios of the county</translation>
    </message>
    <message>
      <location filename="studio_app/demo/county.py" line="113" />
      <source>县政协的演示数据要由县政协管理员填入：请以县政协管理员登录后再运行。</source>
      <translation>The county demo is filled in by a county administrator: sign in as a county administrator and run it again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="104" />
      <source>县政协的账户在哪个工作室工作（名称或名称中的几个字；也可用环境变量 STUDIO_STUDIO）。不给出时看全县；工作室的账户总在自己的工作室</source>
      <translation>the studio a county user works in (its name or part of it; or the environment variable STUDIO_STUDIO). Without it: the whole county; a studio's user always works in their own studio</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>县政协管理员</source>
      <translation>County administrator</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="69" />
      <source>县政协管理员的密码（至少 8 位）：</source>
      <translation>Password of the county administrator (at least 8 characters): </translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="41" />
      <source>县政协管理员的用户名（默认 admin）；密码在终端输入两次，或读取环境变量 {env}</source>
      <translation>user name of the county administrator (default admin); the password is typed twice at the terminal, or read from the environment variable {env}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="114" />
      <source>县政协管理员：用 server-init 时设置的账户和密码登录。</source>
      <translation>County administrator: sign in with the account and password set with server-init.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>县政协联络员</source>
      <translation>County coordinator</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="23" />
      <source>县政协：全县概览和全县超期诉求</source>
      <translation>county office: the county overview and the county's overdue requests</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="23" />
      <source>县政协：列出、新增、撤销和恢复工作室</source>
      <translation>county office: list, add, close and reopen studios</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="104" />
      <source>县的演示数据只能填入空数据库（不能用 --force）。请新建一个空数据库。</source>
      <translation>The county demo goes into an empty database only (no --force). Please create a new empty database.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>县（区）</source>
      <translation>County (district)</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>参会人员</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>参会人员名单</source>
      <translation type="vanished">List of attendees</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="230" />
      <source>参会人员第 {n} 位</source>
      <translation>Attendee {n}</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="137" />
      <source>参加协商议事等会议</source>
      <translation>Attended consultation and other meetings</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="28" />
      <source>参数 %(argument_name)s：%(message)s</source>
      <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="37" />
      <source>参数 %s 必须给出其中一个</source>
      <translation>one of the arguments %s is required</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="171" />
      <source>参评委员</source>
      <translation>Members scored</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="102" />
      <source>反映人：{name}</source>
      <translation>Reported by: {name}</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="464" />
      <source>反馈情况</source>
      <translation>Feedback</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="266" />
      <source>取消</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="264" />
      <source>取消原因</source>
      <translation>Reason for cancelling</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="466" />
      <source>取消跟踪事项时请写明原因。</source>
      <translation>Please give a reason when cancelling a follow-up action.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="208" />
      <source>受理为诉求 {number}</source>
      <translation>accepted as request {number}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>受理回执</source>
      <translation>Receipt</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="108" />
      <source>受理回执（{number}）</source>
      <translation>Receipt ({number})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="160" />
      <source>受理日期</source>
      <translation>Date received</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="159" />
      <source>受理编号</source>
      <translation>Reference number</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="118" />
      <source>口令不对，文件没有打开。请输入生成这个文件时设置的口令。</source>
      <translation>Wrong passphrase; the file was not opened. Enter the passphrase set when the file was made.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="52" />
      <source>口令至少要 {n} 个字符：U 盘丢失时，口令是群众信息的唯一保护。</source>
      <translation>The passphrase needs at least {n} characters: if the USB stick is lost, it is the only protection of the villagers' data.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="87" />
      <source>口头发言</source>
      <translation>Oral speech</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="213" />
      <source>另一台电脑刚刚修订了这份纪要。请关闭后重新打开，再修订一次。</source>
      <translation>These minutes were just revised on another computer. Close them, open them again and revise once more.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="54" />
      <source>只显示会做什么，不保存</source>
      <translation>Only show what would be done; save nothing</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="622" />
      <source>只有县政协管理员可以添加或设置县政协的账户。</source>
      <translation>Only a county administrator can add or set county users.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="513" />
      <source>只能附上 PDF 文件或 JPG、PNG 图片。</source>
      <translation>Only PDF files or JPG/PNG images can be attached.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="109" />
      <source>可以登录的用户（演示密码都是 {password}）：</source>
      <translation>Users who can sign in (the demo password of each is {password}):</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="114" />
      <source>各工作室</source>
      <translation>Studios</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="26" />
      <source>各工作室本月和本年的接待、诉求和五项比率</source>
      <translation>each studio's reception days, requests and the five rates, this month and this year</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="97" />
      <source>各工作室诉求件数与超期件数</source>
      <translation>Requests and overdue requests by studio</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="707" />
      <source>合并</source>
      <translation>Merge</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="171" />
      <source>合并 — {number}</source>
      <translation>Merge — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="176" />
      <source>合并到</source>
      <translation>Merge into</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="76" />
      <source>合并到 {number}</source>
      <translation>Merged into {number}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="209" />
      <source>合并到诉求 {number}</source>
      <translation>merged into request {number}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="103" />
      <source>合并进来的 {number} 回访不满意，重新办理</source>
      <translation>{number}, merged into this one, was not satisfied at its return visit: handled again</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="69" />
      <source>合格</source>
      <translation>Passed</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="170" />
      <source>合格线</source>
      <translation>Pass mark</translation>
    </message>
    <message>
      <source>同一件事被重复反映时，把这条合并到另一条未办结或已答复的诉求上，由那一条继续办理；那一条答复后，这位群众也同样得到答复，并单独回访（百分百回访）。合并后这条仍显示在那条诉求下面。</source>
      <translation type="vanished">When the same matter is raised again, merge this request into another one still open or answered, which carries on; once that one is answered, this visitor gets the same answer and a return visit of their own (every visitor is called back). The merged request stays shown under the other one.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="172" />
      <source>同一件事被重复反映时，把这条合并到另一条未办结或已答复的诉求上，由那一条继续办理；那一条答复后，这位群众也同样得到答复，并单独回访（百分百回访）；那一条已经答复的，合并时就得到答复，回访期限从合并那天算起。合并后这条仍显示在那条诉求下面。</source>
      <translation>When the same matter is raised again, merge this request into another one still open or answered, which carries on; once that one is answered, this visitor gets the same answer and a return visit of their own (every visitor is called back); if it is already answered, the answer comes with the merge and the return visit is due counted from that day. The merged request stays shown under the other one.</translation>
    </message>
    <message>
      <source>同一件事被重复反映时，把这条合并到另一条诉求上，由那一条继续办理和回访。合并后这条仍显示在那条诉求下面。</source>
      <translation type="vanished">When the same matter is raised more than once, merge this request into another one, which carries on being handled and gets the return visit. After merging, this request is still shown under that one.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_list.py" line="202" />
      <source>同一联系户</source>
      <translation>Same linked household</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="470" />
      <source>同意</source>
      <translation>Consent</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="262" />
      <source>同意工作室使用以上信息办理诉求</source>
      <translation>I agree that the studio uses this information to handle my request</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_list.py" line="203" />
      <source>同村</source>
      <translation>Same village</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="396" />
      <source>名册中有 {n} 位委员叫“{name}”，无法确定是哪一位，请导入后在程序中手动联系。</source>
      <translation>There are {n} members named “{name}” in the roster, so it is not clear which one is meant. After importing, link them by hand in the program.</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="76" />
      <source>名次</source>
      <translation>Rank</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="320" />
      <source>名称</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="110" />
      <source>名称含“{text}”的工作室不止一个：{names}。请写得更完整些。</source>
      <translation>More than one studio's name contains “{text}”: {names}. Please write more of the name.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="30" />
      <source>后面最多跟一个值</source>
      <translation>expected at most one argument</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="31" />
      <source>后面至少要跟一个值</source>
      <translation>expected at least one argument</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli_words.py" line="51" />
      <source>后面要跟 %n 个值</source>
      <translation>
        <numerusform>expected %n argument</numerusform>
        <numerusform>expected %n arguments</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="29" />
      <source>后面要跟一个值</source>
      <translation>expected one argument</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="63" />
      <source>否</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="160" />
      <source>启用</source>
      <translation>reactivated</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="19" />
      <source>命令和参数</source>
      <translation>positional arguments</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="487" />
      <source>命令行</source>
      <translation>Command line</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="91" />
      <source>命令行中断</source>
      <translation>interrupted on the command line</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="282" />
      <source>回执号</source>
      <translation>Receipt number</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="149" />
      <source>回执联</source>
      <translation>Visitor's copy</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="204" />
      <source>回访</source>
      <translation>Return visit</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="94" />
      <source>回访 — {number}</source>
      <translation>Return visit — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="100" />
      <source>回访意见</source>
      <translation>Visitor's comments</translation>
    </message>
    <message>
      <location filename="studio_app/core/app_settings.py" line="106" />
      <source>回访时限</source>
      <translation>Time limit for return visit</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_figures.py" line="148" />
      <source>回访率</source>
      <translation>Return visit rate</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="83" />
      <source>回访群众对答复是否满意。“不满意”会重新打开这条诉求，继续办理。</source>
      <translation>Ask the visitor whether they are satisfied with the answer. “Dissatisfied” reopens this request so it is handled again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="397" />
      <source>固定地址</source>
      <translation>Fixed address</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="190" />
      <source>国庆节</source>
      <translation>National Day</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="34" />
      <source>在一个网络地址上开放登记页</source>
      <translation>Serve the intake page on one network address</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="36" />
      <source>在县政协的 PostgreSQL 服务器上建立空数据库的结构和第一个县政协管理员</source>
      <translation>set up an empty database on the county CPPCC's PostgreSQL server: its tables and the first county administrator</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="78" />
      <source>在用</source>
      <translation>open</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="32" />
      <source>地址</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>地点</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="754" />
      <source>基本情况</source>
      <translation>Background</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>基本满意</source>
      <translation>Fairly satisfied</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="242" />
      <source>基础分</source>
      <translation>Base score</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="242" />
      <source>基础分和合格分应在 0 到 1000 之间。</source>
      <translation>The base score and the pass mark must be between 0 and 1000.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="139" />
      <source>填入一个县的演示数据：3 个工作室及其用户（PostgreSQL 服务器上总是如此）</source>
      <translation>fill a county's demo data: 3 studios and their users (always so on a PostgreSQL server)</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="133" />
      <source>填入一个示例工作室的演示数据</source>
      <translation>Fill in demo data for a sample studio</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="231" />
      <source>填写数据</source>
      <translation>Data</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="208" />
      <source>填写整数，如 3</source>
      <translation>Enter a whole number, e.g. 3</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="264" />
      <source>填写要求</source>
      <translation>How to fill in</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="246" />
      <source>填写说明</source>
      <translation>Instructions</translation>
    </message>
    <message>
      <source>填写转成的提案或社情民意信息的标题，便于以后查找。</source>
      <translation type="vanished">Enter the title of the proposal or public-opinion report it became, so it is easy to find later.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="130" />
      <source>处理冲突：{title}</source>
      <translation>Conflict settled: {title}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>备份</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/restore.py" line="121" />
      <source>备份“{path}”无法升级到本程序的结构版本（{error}），没有恢复。</source>
      <translation>The backup “{path}” could not be upgraded to this program's schema version ({error}). Nothing was restored.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/make.py" line="111" />
      <source>备份位置“{folder}”是一个文件，不是文件夹。请在“备份设置”中选择一个文件夹。</source>
      <translation>The backup location “{folder}” is a file, not a folder. Please choose a folder in “Backup settings”.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="35" />
      <source>备份到的文件夹（默认：窗口中“备份设置”选择的文件夹，或数据库旁的 backups）</source>
      <translation>Folder to back up to (default: the folder chosen in “Backup settings” in the window, or “backups” next to the database)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>备份数据</source>
      <translation>back up data</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/make.py" line="117" />
      <source>备份文件夹“{folder}”不存在。如果备份放在 U 盘或移动硬盘上，请插好后重试；也可以在“备份设置”中换一个文件夹。这次没有备份，下次会再试。</source>
      <translation>The backup folder “{folder}” does not exist. If backups go to a USB drive or external hard disk, plug it in and try again, or choose another folder in “Backup settings”. No backup was made this time; the program will try again next time.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="42" />
      <source>备份文件（.sqlite3）</source>
      <translation>Backup file (.sqlite3)</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="74" />
      <source>备份文件：{path}</source>
      <translation>Backup file: {path}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="211" />
      <source>备份时间 {time}</source>
      <translation>Backup of {time}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="221" />
      <source>备份时间 {time}；恢复前的操作日志和账户未带入（{reason}），原数据库另存为 {kept}</source>
      <translation>Backup of {time}; the audit log and user accounts from before the restore were not carried over ({reason}); the old database was saved as {kept}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="213" />
      <source>备份时间 {time}；沿用恢复前的操作日志（{events}）和账户（{users}）</source>
      <translation>Backup of {time}; kept the audit log ({events}) and the user accounts ({users}) from before the restore</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="217" />
      <source>备份时间 {time}；沿用恢复前的操作日志（{events}），账户用备份中的</source>
      <translation>Backup of {time}; kept the audit log ({events}) from before the restore; the user accounts are the backup's</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="75" />
      <source>备份时间：{time}</source>
      <translation>Backup time: {time}</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="37" />
      <source>备注</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="197" />
      <source>备注（可不填），如提案编号、不予立案的理由</source>
      <translation>Note (optional), e.g. the proposal's number, the reason it was not registered</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>外出工作包</source>
      <translation>Field package</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="47" />
      <source>外出工作包文件</source>
      <translation>Field package file</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="100" />
      <source>外出工作包（{studio}）</source>
      <translation>Field package ({studio})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="38" />
      <source>外出工作包：带到村里的笔记本上工作，再带回合并</source>
      <translation>Field package: work on a laptop in the villages, then bring the work back</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="96" />
      <source>外出时登记，临时编号 {provisional}，带回后编为 {number}</source>
      <translation>Registered in the field as provisional number {provisional}; numbered {number} on return</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="98" />
      <source>外出期间笔记本上的办理步骤没有采用（保留办公室的办理过程）：{steps}</source>
      <translation>Steps taken on the field laptop were not applied (the office's course was kept): {steps}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="101" />
      <source>外出笔记本 {device}：{detail}</source>
      <translation>Field laptop {device}: {detail}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="40" />
      <source>多少分钟后自动停止（默认 240，即 4 小时）</source>
      <translation>Stop by itself after this many minutes (default 240, i.e. 4 hours)</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="132" />
      <source>大会书面发言</source>
      <translation>Written plenary speech</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>大会发言</source>
      <translation>Plenary speech</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="131" />
      <source>大会口头发言</source>
      <translation>Oral plenary speech</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>女</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="39" />
      <source>妇联</source>
      <translation>Women's Federation</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="562" />
      <source>姓名</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>姓名：{old} → {new}</source>
      <translation type="vanished">Name: {old} → {new}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="319" />
      <source>委员</source>
      <translation>Members</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="338" />
      <source>委员 %Ln</source>
      <translation>
        <numerusform>%Ln member</numerusform>
        <numerusform>%Ln members</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="112" />
      <source>委员 {id}</source>
      <translation>Member {id}</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="244" />
      <source>委员“{name}”在参会名单中出现了两次，请删去一处。</source>
      <translation>Member “{name}” appears twice in the attendance list. Please remove one.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="125" />
      <source>委员名册</source>
      <translation>Member roster</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="249" />
      <source>委员姓名或 ID</source>
      <translation>Member name or ID</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="35" />
      <source>委员姓名或委员编号（同名的委员请用编号）</source>
      <translation>the member's name or member code (the code where two share a name)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="159" />
      <source>委员对答复的满意度</source>
      <translation>Member's satisfaction with the answer</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="391" />
      <source>委员工作室</source>
      <translation>Members' studio</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="242" />
      <source>委员工作室助手</source>
      <translation>Members' Studio Assistant</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="70" />
      <source>委员接待日登记表</source>
      <translation>Reception-day record</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="107" />
      <source>委员接待日登记表（{day}）</source>
      <translation>Reception-day record ({day})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="196" />
      <source>委员的意见（可不填）</source>
      <translation>The member's comment (optional)</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="76" />
      <source>委员编号</source>
      <translation>Member code</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>委员联系卡</source>
      <translation>Member contact card</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="248" />
      <source>委员联系卡（带二维码）</source>
      <translation>Member contact card (with QR code)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="110" />
      <source>委员联系卡：{name}</source>
      <translation>Member contact card: {name}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="55" />
      <source>委员荐题</source>
      <translation>Proposed by members</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="102" />
      <source>字体文件</source>
      <translation>Font file</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="382" />
      <source>字节数</source>
      <translation>Bytes</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="755" />
      <source>存在问题</source>
      <translation>Problems</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="144" />
      <source>存根联</source>
      <translation>Studio copy</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="487" />
      <source>存档文件“{title}”已损坏：内容与存档时记下的校验值（SHA-256）不一致，可能被改动过或存储出错。请用备份恢复，或联系县政协办公室核对原件。</source>
      <translation>The archived file “{title}” is damaged: its content does not match the checksum (SHA-256) recorded when it was archived. It may have been changed, or a storage error occurred. Restore it from a backup, or contact the county CPPCC office to check the original.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="381" />
      <source>存档时间</source>
      <translation>Archived at</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>学习培训</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="98" />
      <source>它的操作日志被绕过本程序改动过</source>
      <translation>its audit log was changed outside this program</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="100" />
      <source>它的账户被绕过本程序改动过，已没有人能登录或管理用户</source>
      <translation>its user accounts were changed outside this program, and no one could log in or manage users any more</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>宋体</source>
      <translation>SimSun</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>宋体（生僻字部分）</source>
      <translation>SimSun (rare characters)</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="483" />
      <source>完成日期</source>
      <translation>Date done</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="484" />
      <source>完成日期 {day} 早于会议日期 {meeting}，请核对。</source>
      <translation>The date done ({day}) is earlier than the meeting date ({meeting}). Please check.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="155" />
      <source>完成时限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="190" />
      <source>完整性检查：{first}</source>
      <translation>Integrity check: {first}</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="152" />
      <source>完整性检查：{problem}</source>
      <translation>Integrity check: {problem}</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="79" />
      <source>完整性检查：通过；外键检查：通过</source>
      <translation>Integrity check: passed; foreign key check: passed</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="42" />
      <source>宗教界</source>
      <translation>Religion</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="579" />
      <source>密码</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="156" />
      <source>密码已连续输错 {n} 次，账户已锁定。请 {minutes} 分钟后（{time} 以后）再试，或请管理员重设密码。</source>
      <translation>The password was entered wrongly {n} times in a row, so the account is locked. Try again in {minutes} minutes (after {time}), or ask the administrator to reset the password.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/messages.py" line="146" />
      <source>密码错误（连续第 %n 次）</source>
      <translation>
        <numerusform>Wrong password (%n time in a row)</numerusform>
        <numerusform>Wrong password (%n times in a row)</numerusform>
      </translation>
    </message>
    <message>
      <source>密码错误（连续第 {n} 次）</source>
      <translation type="vanished">Wrong password ({n} times in a row)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_login.py" line="81" />
      <source>密码：</source>
      <translation>Password: </translation>
    </message>
    <message>
      <location filename="studio_app/core/audit.py" line="279" />
      <source>对象</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="174" />
      <source>导入前会先预览并检查每一行；有错误时一行也不会导入，请按提示改正后重试。</source>
      <translation>Every row is previewed and checked before importing. If there is any error, nothing is imported: correct the rows as shown and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="410" />
      <source>导入完成：新增 {c} 条，更新 {u} 条，跳过 {s} 条。</source>
      <translation>Import finished: {c} added, {u} updated, {s} skipped.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="145" />
      <source>导入带回文件</source>
      <translation>import a return file</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>导出</source>
      <translation>Export</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="178" />
      <source>导出 Word</source>
      <translation>Exported to Word</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>导出不隐去号码的表格</source>
      <translation>export tables with full numbers</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="208" />
      <source>导出到的文件夹</source>
      <translation>Folder to export to</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="366" />
      <source>导出期间的第一天不能晚于最后一天。</source>
      <translation>The first day of the export period cannot be after the last day.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>导出表格</source>
      <translation>export tables</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>导出（不隐去号码）</source>
      <translation>Export (full numbers)</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_list.py" line="54" />
      <source>将到期</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="42" />
      <source>少数民族界</source>
      <translation>Ethnic minorities</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>就业</source>
      <translation>Employment</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="189" />
      <source>层级</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="286" />
      <source>履职活动</source>
      <translation>Activities</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="401" />
      <source>履职活动…</source>
      <translation>Member activities…</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="252" />
      <source>履职积分</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="351" />
      <source>履职积分办法（第 {n} 版）</source>
      <translation>points scheme (version {n})</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="39" />
      <source>工会</source>
      <translation>Trade unions</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="42" />
      <source>工作包保存到的文件（例如 U 盘上）</source>
      <translation>File to save the package to (e.g. on a USB stick)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="69" />
      <source>工作包口令：</source>
      <translation>Package passphrase: </translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="38" />
      <source>工作单位</source>
      <translation>Work unit</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="318" />
      <source>工作室</source>
      <translation>Studio</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="337" />
      <source>工作室 %Ln</source>
      <translation>
        <numerusform>%Ln studio</numerusform>
        <numerusform>%Ln studios</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/demo/county.py" line="139" />
      <source>工作室“{name}”：</source>
      <translation>Studio “{name}”:</translation>
    </message>
    <message>
      <location filename="studio_app/core/guard.py" line="73" />
      <source>工作室信息</source>
      <translation>Studio details</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="30" />
      <source>工作室名称</source>
      <translation>Studio name</translation>
    </message>
    <message>
      <source>工作室名称或 ID（默认：第一个工作室）</source>
      <translation type="vanished">Studio name or ID (default: the first studio)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="40" />
      <source>工作室名称（或其中不重复的一部分）或编号</source>
      <translation>the studio's name (or a part of it no other studio has) or its id</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="375" />
      <source>工作室和委员…</source>
      <translation>the studio and its members…</translation>
    </message>
    <message>
      <source>工作室地址及电话：{where}。</source>
      <translation type="vanished"> Studio address and phone: {where}.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="185" />
      <source>工作室地址：{address}。</source>
      <translation> Studio address: {address}.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="181" />
      <source>工作室地址：{address}；电话：{phone}。</source>
      <translation> Studio address: {address}; phone: {phone}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>工作室成员</source>
      <translation>Studio membership</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="247" />
      <source>工作室打这个电话告诉您办理结果</source>
      <translation>The studio calls this number with the result</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="238" />
      <source>工作室现场公布的 4 位数字</source>
      <translation>The 4 digits shown at the studio</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="64" />
      <source>工作室电话：{phone}</source>
      <translation>Studio phone: {phone}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="187" />
      <source>工作室电话：{phone}。</source>
      <translation> Studio phone: {phone}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="86" />
      <source>工作室身份</source>
      <translation>Studio role</translation>
    </message>
    <message>
      <location filename="studio_app/documents/figures_pdf.py" line="34" />
      <source>工作成效统计</source>
      <translation>Figures of the studio's work</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="252" />
      <source>工作成效统计（工作台的数字和图表）</source>
      <translation>Figures of the studio's work (the Workbench's figures and charts)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="251" />
      <source>工作表“{sheet}”中有内容的行超过了 {max} 行（到第 {row} 行时），一次最多导入 {max} 行。请把名册分成几个文件（每个不超过 {rows} 行）分别导入。</source>
      <translation>Sheet “{sheet}” has more than {max} rows with content (by row {row}); at most {max} rows can be imported at once. Split the roster into several files (at most {rows} rows each) and import them one by one.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="256" />
      <source>工作表“{sheet}”中有第 {row} 行，超出了 Excel 最多 {max} 行的范围：这个文件不是 Excel/WPS 保存的，或已损坏。请在 Excel/WPS 中打开它并另存为新的 .xlsx 文件后再导入。</source>
      <translation>Sheet “{sheet}” has a row {row}, beyond Excel's {max} rows: the file was not saved by Excel/WPS, or it is damaged. Open it in Excel/WPS, save it as a new .xlsx file and import that.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="280" />
      <source>工作表“{sheet}”中的合并单元格太多（超过 {max} 处）。请在 Excel/WPS 中选中整个表格、取消单元格合并，保存后再导入。</source>
      <translation>Sheet “{sheet}” has too many merged cells (more than {max}). In Excel/WPS, select the whole table, unmerge the cells, save and import again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="269" />
      <source>工作表“{sheet}”的 {cell} 单元格中的文字超过 {max} 个字符（Excel 单元格最多能放这么多），文件可能已损坏或不是 Excel/WPS 保存的。请检查这个单元格，删去多余的内容，在 Excel/WPS 中另存为新的 .xlsx 文件后再导入。</source>
      <translation>Cell {cell} of sheet “{sheet}” holds more than {max} characters (the most an Excel cell can hold): the file may be damaged or was not saved by Excel/WPS. Check that cell, delete what does not belong there, save the file as a new .xlsx in Excel/WPS and import that.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="264" />
      <source>工作表“{sheet}”的 {cell} 单元格有内容，超出了程序读取的范围（最多 {max} 列）。请删除表格右侧多余的列（包括只有空格的单元格）后再导入。</source>
      <translation>Cell {cell} of sheet “{sheet}” holds something beyond the columns the program reads (at most {max}). Delete the unneeded columns on the right of the table (cells holding only spaces too) and import again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="514" />
      <source>工作表“{sheet}”缺少必填的列：{missing}。第 {row} 行的表头是：{found}。请对照导入模板修改表头后再导入。</source>
      <translation>Sheet “{sheet}” is missing required columns: {missing}. The headers in row {row} are: {found}. Change the headers to match the import template, then import again.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="40" />
      <source>工商联</source>
      <translation>Federation of Industry and Commerce</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="122" />
      <source>已中断。</source>
      <translation>Interrupted.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已举行</source>
      <translation>Held</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已交办</source>
      <translation>Assigned</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="116" />
      <source>已从备份恢复数据库：{path}</source>
      <translation>Database restored from backup: {path}</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="79" />
      <source>已值班</source>
      <translation>Served</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli_intake.py" line="91" />
      <source>已停止，本次收到 %n 条。</source>
      <translation>
        <numerusform>Stopped; %n submission received in this run.</numerusform>
        <numerusform>Stopped; %n submissions received in this run.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已取消</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已受理</source>
      <translation>Accepted</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已合并</source>
      <translation>Merged</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已回访</source>
      <translation>Return visit done</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="201" />
      <source>已在其他共性问题中的诉求也移到这里</source>
      <translation>Also move requests that are already in another common issue here</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="85" />
      <source>已在服务器数据库“{db}”中建好结构（版本 {rev}）。</source>
      <translation>Created the tables in the server database “{db}” (schema version {rev}).</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="107" />
      <source>已填入县的演示数据：{summary}</source>
      <translation>Filled the county demo data: {summary}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="289" />
      <source>已填入演示数据：{summary}</source>
      <translation>Demo data added: {summary}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="92" />
      <source>已备份到 {path}（{size}）</source>
      <translation>Backed up to {path} ({size})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="140" />
      <source>已导入带回文件：</source>
      <translation>Return file imported: </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="500" />
      <source>已导出 %n 份存档文件到 {folder}，清单：{manifest}</source>
      <translation>
        <numerusform>Exported %n archived file to {folder}; list: {manifest}</numerusform>
        <numerusform>Exported %n archived files to {folder}; list: {manifest}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="428" />
      <source>已导出 %n 条到 {file}</source>
      <translation>
        <numerusform>Exported %n row to {file}</numerusform>
        <numerusform>Exported %n rows to {file}</numerusform>
      </translation>
    </message>
    <message>
      <source>已导出 {n} 份存档文件到 {folder}，清单：{manifest}</source>
      <translation type="vanished">Exported {n} archived files to {folder}; list: {manifest}</translation>
    </message>
    <message>
      <source>已导出 {n} 条到 {file}</source>
      <translation type="vanished">Exported {n} rows to {file}</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="135" />
      <source>已归档的委员或联系户不能再建立联系，请先恢复。</source>
      <translation>Archived members or households cannot be linked. Restore them first.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="59" />
      <source>已恢复“{name}”。</source>
      <translation>Reopened “{name}”.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="112" />
      <source>已打开外出工作包：{studio}（带出于 {when}）。数据库：{db}</source>
      <translation>Field package opened: {studio} (taken out at {when}). Database: {db}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="65" />
      <source>已批示</source>
      <translation>Instructed</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="114" />
      <source>已把恢复的数据库升级到结构版本 {head}。</source>
      <translation>Upgraded the restored database to structure version {head}.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="128" />
      <source>已把服务器数据库“{db}”的结构从版本 {old} 升级到 {new}。各工作室的电脑装好新版本后即可连接。</source>
      <translation>Upgraded the server database “{db}” from schema version {old} to {new}. Each studio's PC can connect once the new version is installed on it.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="509" />
      <source>已损坏：{title}（{when}，SHA-256 {sha}）</source>
      <translation>Damaged: {title} ({when}, SHA-256 {sha})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="61" />
      <source>已提交</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="78" />
      <source>已撤销</source>
      <translation>closed</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="56" />
      <source>已撤销“{name}”：它的用户不能再登录，记录保留在全县。</source>
      <translation>Closed “{name}”: its users can no longer sign in; its records stay in the county's.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="282" />
      <source>已收到</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="51" />
      <source>已新增“{name}”。</source>
      <translation>Added “{name}”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/members.py" line="372" />
      <source>已有同名同电话的委员“{name}”（{phone}），请勿重复录入。</source>
      <translation>There is already a member “{name}” with the same name and phone ({phone}). Please do not enter them twice.</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="151" />
      <source>已有同名同电话的联系户“{name}”（{phone}），请勿重复录入。</source>
      <translation>There is already a linked household “{name}” with the same name and phone ({phone}). Please do not enter it twice.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/reception_days.py" line="85" />
      <source>已有的 %n 个接待日保持不变。</source>
      <translation>
        <numerusform>%n reception day already there was left as it is.</numerusform>
        <numerusform>%n reception days already there were left as they are.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="219" />
      <source>已有类别“{name}”，请换一个名称。</source>
      <translation>There is already a category “{name}”. Please choose another name.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="108" />
      <source>已核对备份：</source>
      <translation>Backup checked:</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/reception_days.py" line="80" />
      <source>已生成 %n 个接待日。</source>
      <translation>
        <numerusform>%n reception day created.</numerusform>
        <numerusform>%n reception days created.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="534" />
      <source>已生成 {file}</source>
      <translation>Created {file}</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli.py" line="473" />
      <source>已生成 {file}（%n 页）</source>
      <translation>
        <numerusform>Created {file} (%n page)</numerusform>
        <numerusform>Created {file} (%n pages)</numerusform>
      </translation>
    </message>
    <message>
      <source>已生成 {file}（{pages} 页）</source>
      <translation type="vanished">Created {file} ({pages} pages)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="89" />
      <source>已生成外出工作包：{studio}，委员 {members} 人，联系户 {households} 户，诉求 {requests} 条。</source>
      <translation>Field package made: {studio}, {members} members, {households} households, {requests} requests.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="386" />
      <source>已生成导入模板：{file}</source>
      <translation>Import template created: {file}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="125" />
      <source>已生成带回文件：{studio}。请交回办公室导入。文件：{file}</source>
      <translation>Return file made: {studio}. Hand it to the office to import. File: {file}</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="158" />
      <source>已立案</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已答复</source>
      <translation>Answered</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="234" />
      <source>已经提交过了。</source>
      <translation>It has been submitted already.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="245" />
      <source>已经记录过了，如有错误请用“更正”。</source>
      <translation>It has been recorded already; if it is wrong, use “Correct”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="239" />
      <source>已经记录过立案结果，如有错误请用“更正”。</source>
      <translation>The registration decision has been recorded already; if it is wrong, use “Correct”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="396" />
      <source>已经设置过管理员。请用管理员账户登录后，在“设置 → 用户与权限 → 用户管理”中添加其他用户。</source>
      <translation>An administrator has already been set up. Log in with the administrator account and add other users under “Settings → Users and permissions → User management”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="257" />
      <source>已经评价了满意度，如有错误请用“更正”。</source>
      <translation>The satisfaction has been rated already; if it is wrong, use “Correct”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="265" />
      <source>已经评价过了，如有错误请用“更正”。</source>
      <translation>It has been rated already; if it is wrong, use “Correct”.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>已落实</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="studio_app/cli_login.py" line="77" />
      <source>已设置 {user}，但没有设置 {password}，也没有终端可以输入密码。</source>
      <translation>{user} is set, but {password} is not, and there is no terminal to type the password at.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="88" />
      <source>已设置县政协管理员“{admin}”。接下来：在县政协的电脑上打开程序，用首次使用向导的“连接县政协服务器”连接这个数据库，以“{admin}”登录，在“设置 → 工作室”中添加各工作室，再在“用户管理”中为每个工作室添加联络员。</source>
      <translation>County administrator “{admin}” is set up. Next: on a county office PC open the program, connect to this database with the first-run wizard's “Connect to the county server”, sign in as “{admin}”, add the studios under “Settings → Studios”, then add a coordinator for each studio under “User management”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposals_page.py" line="67" />
      <source>已评价</source>
      <translation>Rated</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="221" />
      <source>已连上服务器，但数据库“{db}”是空的，还没有初始化。请县政协信息管理员先运行 studio-app server-init，再来连接。</source>
      <translation>Connected, but the database “{db}” is empty: it has not been set up. Ask the county's IT administrator to run studio-app server-init first, then connect.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="158" />
      <source>已采用</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>市</source>
      <translation>Municipal</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="173" />
      <source>带 * 的列必须填写；电话、身份证号请设为“文本”格式，以免被 Excel 改成科学计数法。</source>
      <translation>Columns marked * are required. Format the phone and ID number columns as “Text” so that Excel does not turn them into scientific notation.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="159" />
      <source>带出</source>
      <translation>checked out</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="53" />
      <source>带回文件</source>
      <translation>Return file</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="50" />
      <source>带回文件保存到的文件</source>
      <translation>File to save the return file to</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="316" />
      <source>带回文件的数据结构版本（{laptop}）与带出时（{out}）或本数据库（{office}）不同，没有导入。请让笔记本和办公室使用同一版本的程序，再生成带回文件。</source>
      <translation>The return file's database version ({laptop}) differs from the package's ({out}) or this database's ({office}); nothing was imported. Use the same program version on the laptop and in the office, then make the return file again.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>帮办实事</source>
      <translation>Practical help</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>常委会议</source>
      <translation>Standing committee meeting</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="144" />
      <source>常委会议请假</source>
      <translation>Standing committee meeting, on leave</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="466" />
      <source>年份应在 2000 至 {year} 之间。</source>
      <translation>The year must be between 2000 and {year}.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="189" />
      <source>年份（默认今年）</source>
      <translation>Year (default: this year)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="29" />
      <source>年度（默认今年）</source>
      <translation>the year (default: this year)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="262" />
      <source>序号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="studio_app/core/app_settings.py" line="107" />
      <source>应为 1 到 {n} 个工作日。</source>
      <translation>Must be 1 to {n} working days.</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="114" />
      <source>应在 1 到 200 之间。</source>
      <translation>Must be between 1 and 200.</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="112" />
      <source>应填写整数，如 4。</source>
      <translation>Enter a whole number, e.g. 4.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>座谈会</source>
      <translation>Forum</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="38" />
      <source>延期</source>
      <translation>Extend</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="60" />
      <source>延期 — {number}</source>
      <translation>Extend — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="57" />
      <source>延期会记入诉求的办理经过（谁、何时、理由），并计入“延期”件数；应告知来访群众。</source>
      <translation>The extension goes into the request's history (who, when, why) and counts under “Extensions”; tell the visitor.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="412" />
      <source>延期理由</source>
      <translation>Reason for the extension</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="92" />
      <source>延期：答复期限由 {old} 延至 {new}。理由：{reason}</source>
      <translation>Extended: answer due {new} instead of {old}. Reason: {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="410" />
      <source>延至</source>
      <translation>Extend to</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="757" />
      <source>建议承办单位</source>
      <translation>Suggested handling units</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="95" />
      <source>建议承办单位：{units}</source>
      <translation>Suggested handling units: {units}</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="707" />
      <source>开始办理</source>
      <translation>Start handling</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="150" />
      <source>开始日期</source>
      <translation>Start date</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="150" />
      <source>开始日期不能晚于今天。</source>
      <translation>The start date cannot be later than today.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="176" />
      <source>开始时间</source>
      <translation>Start time</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="197" />
      <source>开始，{minutes} 分钟后自动停止</source>
      <translation>started, stops by itself after {minutes} minutes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="212" />
      <source>归入共性问题</source>
      <translation>Add to common issue</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>归档</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="38" />
      <source>归档时间</source>
      <translation>Archived at</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/files.py" line="34" />
      <source>当前使用的是县政协服务器上的数据库（PostgreSQL），由服务器管理员用 pg_dump 统一备份，本程序不在这台电脑上备份或恢复它。如需恢复，请联系服务器管理员。</source>
      <translation>This program is using the database on the county CPPCC server (PostgreSQL). The server administrator backs it up with pg_dump; this program does not back it up or restore it on this computer. To restore it, contact the server administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="40" />
      <source>当月回访满意或基本满意而办结的诉求</source>
      <translation>requests closed that month by a satisfied or basically satisfied return visit</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="39" />
      <source>当月登记的诉求</source>
      <translation>requests registered that month</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>待受理</source>
      <translation>Awaiting acceptance</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>待落实</source>
      <translation>Pending</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>微信</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>微软雅黑</source>
      <translation>Microsoft YaHei</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="276" />
      <source>必填</source>
      <translation>Required</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/storage/migrate.py" line="159" />
      <source>快速检查发现 %n 处问题</source>
      <translation>
        <numerusform>the quick check found %n problem</numerusform>
        <numerusform>the quick check found %n problems</numerusform>
      </translation>
    </message>
    <message>
      <source>快速检查发现 {n} 处问题</source>
      <translation type="vanished">the quick check found {n} problems</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="79" />
      <source>性别</source>
      <translation>Gender</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="212" />
      <source>性能基准测试（县级规模的合成数据）</source>
      <translation>Performance benchmark (made-up data at county scale)</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="237" />
      <source>总分</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="143" />
      <source>恢复“{name}”</source>
      <translation>Reopened “{name}”</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="68" />
      <source>恢复前数据库的操作日志和账户没有带入：{reason}。原来的数据库文件保存在 before-restore 文件夹中，可供核查。这次恢复已记入操作日志。</source>
      <translation>The audit log and user accounts of the database before the restore were not carried over: {reason}. The old database file is kept in the before-restore folder for investigation. The restore was recorded in the audit log.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="134" />
      <source>恢复前的数据库已损坏，无法读取</source>
      <translation>the database before the restore is damaged and cannot be read</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="125" />
      <source>恢复前的数据库无法升级到本程序的结构版本</source>
      <translation>the database before the restore could not be upgraded to this program's schema version</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="115" />
      <source>恢复前的数据库由更新版本的程序创建，本程序无法读取</source>
      <translation>the database before the restore was created by a newer version of the program, which this program cannot read</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="36" />
      <source>恢复已撤销的工作室</source>
      <translation>reopen a closed studio</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>恢复数据</source>
      <translation>restore data</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>恢复记录</source>
      <translation>Restore record</translation>
    </message>
    <message>
      <source>您反映的问题已登记受理。我们将在 {day} 前将办理情况答复您，答复后还会回访听取您的意见。查询办理进度请报受理编号 {number}。</source>
      <translation type="vanished">Your request has been registered and accepted. We will tell you how it is being handled by {day}, and after that we will make a return visit to hear your opinion. To check progress, quote request number {number}.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="172" />
      <source>您反映的问题已登记受理。我们将在{day}前将办理情况答复您，答复后还会回访听取您的意见。查询办理进度请报受理编号 {number}。</source>
      <translation>Your request has been registered and accepted. We will tell you how it is being handled by {day}, and after that we will make a return visit to hear your opinion. To check progress, quote request number {number}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="40" />
      <source>您只能在自己的工作室工作。需要看别的工作室，请联系县政协。</source>
      <translation>You can only work in your own studio. To see another studio, ask the county office.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="135" />
      <source>您的身份是“{role}”，不能{action}，请联系管理员。</source>
      <translation>Your role is “{role}”, so you cannot {action}. Please contact the administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="313" />
      <source>情况</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="754" />
      <source>情况分析</source>
      <translation>Analysis</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="253" />
      <source>想反映的事，最多 {n} 个字</source>
      <translation>Your matter, at most {n} characters</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="69" />
      <source>成功</source>
      <translation>success</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="35" />
      <source>户主/单位名称</source>
      <translation>Head of household / name</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="129" />
      <source>户主姓名</source>
      <translation>Head of household</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="76" />
      <source>所在工作室</source>
      <translation>Studio</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/storage/audit_log.py" line="251" />
      <source>所有 %n 个账户都已停用：谁也不能登录，程序保持锁定（登录不会因此关闭）。本程序不允许停用最后一位管理员，这是绕过本程序改动了数据库。</source>
      <translation>
        <numerusform>The %n user account is deactivated: no one can log in, and the program stays locked (this does not switch login off). This program never lets the last administrator be deactivated, so the database was changed outside this program.</numerusform>
        <numerusform>All %n user accounts are deactivated: no one can log in, and the program stays locked (this does not switch login off). This program never lets the last administrator be deactivated, so the database was changed outside this program.</numerusform>
      </translation>
    </message>
    <message>
      <source>所有 {n} 个账户都已停用：谁也不能登录，程序保持锁定（登录不会因此关闭）。本程序不允许停用最后一位管理员，这是绕过本程序改动了数据库。</source>
      <translation type="vanished">All {n} user accounts are deactivated: no one can log in, and the program stays locked (this does not switch login off). This program never lets the last administrator be deactivated, so the database was changed outside this program. </translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="208" />
      <source>手机号或座机号，如 13812345678、0931-1234567</source>
      <translation>Mobile or landline, e.g. 13812345678, 0931-1234567</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="50" />
      <source>打不开时，在手机浏览器中输入：</source>
      <translation>If it does not open, type this into the phone's browser:</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="44" />
      <source>打印长期二维码海报（PDF）</source>
      <translation>Print the standing QR poster (PDF)</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="233" />
      <source>打开</source>
      <translation>opened</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="406" />
      <source>扫描件</source>
      <translation>Scans</translation>
    </message>
    <message>
      <source>扫描件太大（{mb:.0f} MB），最大 30 MB。扫描时请选较低的分辨率。</source>
      <translation type="vanished">The scan is too large ({mb:.0f} MB); the limit is 30 MB. Choose a lower resolution when scanning.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>扫码</source>
      <translation>QR scan</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr_sheets.py" line="146" />
      <source>扫码找委员</source>
      <translation>Scan to find a member</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>扫码找委员海报</source>
      <translation>Scan-to-find-a-member poster</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="244" />
      <source>扫码找委员海报（工作室全体在任委员）</source>
      <translation>Scan-to-find-a-member poster (all serving members of the studio)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="206" />
      <source>扫码提交 {receipt}</source>
      <translation>QR submission {receipt}</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="609" />
      <source>扫码提交 {receipt} 已经“{status}”，不能再处理。</source>
      <translation>QR submission {receipt} is already "{status}" and cannot be handled again.</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="403" />
      <source>扫码提交…</source>
      <translation>QR submissions…</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>扫码提交的受理</source>
      <translation>QR submission decided</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>扫码登记</source>
      <translation>QR intake</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="196" />
      <source>扫码登记 {address}</source>
      <translation>QR intake {address}</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="116" />
      <source>扫码网址</source>
      <translation>Scan URL</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr_sheets.py" line="131" />
      <source>扫码联系{name}</source>
      <translation>Scan to contact {name}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="34" />
      <source>扫码说事</source>
      <translation>Scan and tell us</translation>
    </message>
    <message>
      <location filename="studio_app/documents/intake_poster.py" line="29" />
      <source>扫码说事：{studio}</source>
      <translation>Scan and tell us: {studio}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="32" />
      <source>扫码说事：在工作室的网络上开放登记页，查看待受理</source>
      <translation>Scan and tell us: serve the intake page on the studio's network, list what awaits acceptance</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>批示</source>
      <translation>Instructed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="195" />
      <source>批示的领导和批示内容，如：县长批示“请县民政局抓紧研究”</source>
      <translation>Who gave the instruction and what it says, e.g. the county head: “County civil affairs bureau to study this promptly”</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="360" />
      <source>找不到 ID 为“{text}”的会议。</source>
      <translation>No meeting with ID “{text}” was found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="354" />
      <source>找不到名为或 ID 为“{text}”的委员。</source>
      <translation>No member with the name or ID “{text}” was found.</translation>
    </message>
    <message>
      <source>找不到名为或 ID 为“{text}”的工作室。</source>
      <translation type="vanished">No studio with the name or ID “{text}” was found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="228" />
      <source>找不到名为或编号为“{text}”的委员。</source>
      <translation>No member is named or numbered “{text}”.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="89" />
      <source>找不到备份文件“{path}”，可能已被移动或删除（U 盘是否已拔出？）。</source>
      <translation>The backup file “{path}” was not found. It may have been moved or deleted (is the USB drive unplugged?).</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="102" />
      <source>找不到字体文件“{path}”。</source>
      <translation>The font file “{path}” was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="139" />
      <source>找不到或读不了证书文件“{file}”（县政协的 CA 证书）。请重新选择县政协信息管理员提供的 .crt 文件。</source>
      <translation>The certificate file “{file}” (the county's CA certificate) is missing or unreadable. Choose the .crt file from the county's IT administrator again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="515" />
      <source>找不到所选的委员，可能已被删除。请重新选择。</source>
      <translation>A chosen member cannot be found; they may have been deleted. Please choose again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="83" />
      <source>找不到数据库文件</source>
      <translation>the database file is not there</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="165" />
      <source>找不到数据库文件“{name}”。请检查路径或文件名是否写错；如果文件被移动或删除了，可以从备份恢复。程序不会在这里悄悄新建一个空数据库。</source>
      <translation>The database file “{name}” is not there. Check the path and the file name for a typing mistake; if the file was moved or deleted, it can be restored from a backup. The program does not silently start a new, empty database there.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="170" />
      <source>找不到数据库文件“{name}”：文件夹“{folder}”不存在（路径写错了，或 U 盘、移动硬盘没有插好？）。请检查路径后重试。</source>
      <translation>The database file “{name}” is not there: the folder “{folder}” does not exist (a mistyped path, or a USB drive or external disk not plugged in?). Check the path and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="240" />
      <source>找不到数据库文件“{path}”。</source>
      <translation>The database file “{path}” was not found.</translation>
    </message>
    <message>
      <source>找不到数据库文件“{path}”，无法备份。</source>
      <translation type="vanished">The database file “{path}” was not found, so it cannot be backed up.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="197" />
      <source>找不到文件“{path}”，请确认文件没有被移动或删除。</source>
      <translation>The file “{path}” was not found. Please check that it has not been moved or deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="193" />
      <source>找不到服务器“{host}”：这个名字查不到地址。请核对服务器地址，或改填它的 IP 地址（如 192.168.1.10）。</source>
      <translation>Server “{host}” not found: the name has no address. Check the server address, or enter its IP address (e.g. 192.168.1.10).</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="193" />
      <source>找不到类别“{name}”，可能已在别处改名，请刷新后重试。</source>
      <translation>The category “{name}” was not found. It may have been renamed elsewhere; please refresh and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="150" />
      <source>找不到编号为“{number}”的诉求，请从列表中选择或输入完整编号。</source>
      <translation>No request with the number “{number}” was found. Choose one from the list or enter the full number.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="341" />
      <source>找不到编号或 ID 为“{text}”的诉求。</source>
      <translation>No request with the number or ID “{text}” was found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="403" />
      <source>找不到这个共性问题。</source>
      <translation>This common issue cannot be found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="285" />
      <source>找不到这个共性问题，可能已被删除或数据库已更换。</source>
      <translation>This common issue was not found. It may have been deleted, or the database has been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="100" />
      <source>找不到这个工作室。</source>
      <translation>This studio was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="629" />
      <source>找不到这个工作室，可能已被删除。</source>
      <translation>This studio was not found. It may have been deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="202" />
      <source>找不到这个接待日。</source>
      <translation>This reception day was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="311" />
      <source>找不到这个服务器地址</source>
      <translation>the server's address is unknown</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="613" />
      <source>找不到这个用户，可能数据库已更换。</source>
      <translation>This user was not found. The database may have been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="241" />
      <source>找不到这个用户，请重新登录。</source>
      <translation>This user was not found. Please log in again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="279" />
      <source>找不到这个联系户。</source>
      <translation>This linked household was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="386" />
      <source>找不到这个联系户，可能已被删除或数据库已更换。</source>
      <translation>This linked household was not found. It may have been deleted, or the database has been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="340" />
      <source>找不到这个页面</source>
      <translation>Page not found</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="256" />
      <source>找不到这件诉求，可能已被删除。</source>
      <translation>This request was not found. It may have been deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="255" />
      <source>找不到这份存档文件。</source>
      <translation>This archived file was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="427" />
      <source>找不到这份扫描件。</source>
      <translation>This scan was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="733" />
      <source>找不到这份提案或社情民意信息，可能已被删除或数据库已更换。</source>
      <translation>This proposal or public-opinion report cannot be found; it may have been deleted, or the database changed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="285" />
      <source>找不到这份附件。</source>
      <translation>This attachment was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="337" />
      <source>找不到这位委员。</source>
      <translation>This member was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="318" />
      <source>找不到这位委员，可能已被删除。</source>
      <translation>This member was not found. They may have been deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="295" />
      <source>找不到这位委员，可能已被删除或数据库已更换。</source>
      <translation>This member was not found. They may have been deleted, or the database has been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="614" />
      <source>找不到这条扫码提交，可能已被处理。</source>
      <translation>This QR submission cannot be found; it may have been handled already.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="177" />
      <source>找不到这条联系记录。</source>
      <translation>This link record was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="355" />
      <source>找不到这条诉求，可能已被删除或数据库已更换。</source>
      <translation>This request was not found. It may have been deleted, or the database has been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="317" />
      <source>找不到这条走访记录。</source>
      <translation>This visit record was not found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="443" />
      <source>找不到这次会议，可能已被删除。</source>
      <translation>This meeting was not found. It may have been deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="498" />
      <source>找不到这次会议，可能已被删除或数据库已更换。</source>
      <translation>This meeting was not found. It may have been deleted, or the database has been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="291" />
      <source>找不到这项履职活动，可能已被撤回。</source>
      <translation>This activity was not found; it may have been withdrawn.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="470" />
      <source>找不到这项跟踪事项，可能会议纪要已被修改。</source>
      <translation>This follow-up action was not found. The minutes may have been changed.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="117" />
      <source>承办</source>
      <translation>Handled by</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="47" />
      <source>承办单位</source>
      <translation>Handling unit</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>承办单位答复</source>
      <translation>Unit's answer</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="263" />
      <source>承办单位答复后才能评价满意度。</source>
      <translation>Satisfaction is rated after a handling unit has answered.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="46" />
      <source>承办委员</source>
      <translation>Handling member</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="300" />
      <source>承办群众诉求</source>
      <translation>Requests handled</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>承办诉求</source>
      <translation>Requests handled</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="136" />
      <source>承办诉求按时答复</source>
      <translation>Requests answered on time</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="202" />
      <source>把一段时间内存档的文件导出到文件夹，附校验清单</source>
      <translation>Export the files archived in a period to a folder, with a checksum list</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="48" />
      <source>把县政协服务器上的数据库升级到本版本（各工作室的电脑不会自行升级服务器）</source>
      <translation>upgrade the database on the county server to this version (the studios' PCs never upgrade the server themselves)</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="177" />
      <source>把委员或联户名册导出为 Excel</source>
      <translation>Export the member or linked-household roster to Excel</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="32" />
      <source>把委员的年度履职档案（一人一档）保存为 PDF</source>
      <translation>save a member's annual record as a PDF</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="213" />
      <source>把诉求 {numbers} 归入一个共性问题（从一件事到一类事，为提案作准备）。</source>
      <translation>Put requests {numbers} into one common issue (from one matter to a class of matters, to prepare a proposal).</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="191" />
      <source>抗战胜利70周年纪念日</source>
      <translation>70th anniversary of victory in the War of Resistance</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="324" />
      <source>按《{scheme}》计分</source>
      <translation>scored by “{scheme}”</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="87" />
      <source>按了 Ctrl+C</source>
      <translation>interrupted with Ctrl+C</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli_backup.py" line="94" />
      <source>按保留规则（最近 30 天每天一份、最近 12 个月每月一份）删除了 %n 份旧备份。</source>
      <translation>
        <numerusform>Deleted %n old backup under the keeping rule (one a day for the last 30 days, one a month for the last 12 months).</numerusform>
        <numerusform>Deleted %n old backups under the keeping rule (one a day for the last 30 days, one a month for the last 12 months).</numerusform>
      </translation>
    </message>
    <message>
      <source>按保留规则（最近 30 天每天一份、最近 12 个月每月一份）删除了 {n} 份旧备份。</source>
      <translation type="vanished">Deleted {n} old backups under the keeping rule (one a day for the last 30 days, one a month for the last 12 months).</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="187" />
      <source>按接待日规则生成全年接待日（已有的不重复）</source>
      <translation>Generate the year's reception days from the rule (days already there are not added again)</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="81" />
      <source>按时答复</source>
      <translation>Answered on time</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>按现行办法重算积分</source>
      <translation>Re-scored by the current scheme</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="156" />
      <source>按这一天计算（YYYY-MM-DD，默认今天）</source>
      <translation>Calculate as of this day (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="306" />
      <source>换班</source>
      <translation>Swap duty</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="80" />
      <source>排班未到（换班）</source>
      <translation>Rostered, swapped out</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="217" />
      <source>接任主要联系人</source>
      <translation>New primary contact</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="217" />
      <source>接任的委员要在解除日期之后仍联系这一户，请从名单中另选一位。</source>
      <translation>The member taking over must still be linked to the household after the end date. Please choose another from the list.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="45" />
      <source>接待与走访</source>
      <translation>Reception and visits</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="41" />
      <source>接待委员</source>
      <translation>Receiving member</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="91" />
      <source>接待情况</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>接待日</source>
      <translation>Reception day</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="342" />
      <source>接待日 %Ln</source>
      <translation>
        <numerusform>%Ln reception day</numerusform>
        <numerusform>%Ln reception days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>接待日值班</source>
      <translation>Reception-day duty</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="387" />
      <source>接待日和群众诉求…</source>
      <translation>reception days and visitors' requests…</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="240" />
      <source>接待日日期（YYYY-MM-DD），或 latest（最近一次，默认）</source>
      <translation>Reception day date (YYYY-MM-DD), or latest (the most recent one, the default)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="87" />
      <source>接待日期</source>
      <translation>Reception date</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="55" />
      <source>接待日次数</source>
      <translation>Reception days held</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>接待日登记表</source>
      <translation>Reception-day record</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="136" />
      <source>接待日规则</source>
      <translation>Reception-day rule</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="490" />
      <source>接待日：{place}</source>
      <translation>Reception day: {place}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>提交</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="302" />
      <source>提交太频繁了，请过 10 分钟再试，或直接到工作室反映。</source>
      <translation>Too many submissions. Please try again in 10 minutes, or come to the studio.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="304" />
      <source>提交日期</source>
      <translation>Submitted</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="394" />
      <source>提交的内容太大：文字最多 {n} 个字，照片最大 5 MB。请换一张小一些的照片或截图。</source>
      <translation>Too much was sent: text at most {n} characters, a photo at most 5 MB. Choose a smaller photo or a screenshot.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="385" />
      <source>提交的方式不对，请用手机浏览器重新打开本页提交。</source>
      <translation>This was not sent the right way. Open the page again in the phone's browser and send it from there.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>提案</source>
      <translation>Proposal</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="48" />
      <source>提案、社情民意及其他</source>
      <translation>Proposals, reports and other</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>提案与社情民意</source>
      <translation>Proposals and reports</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="399" />
      <source>提案与社情民意…</source>
      <translation>Proposals and reports…</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="77" />
      <source>提案人</source>
      <translation>Proposer</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="306" />
      <source>提案和社情民意</source>
      <translation>Proposals and public-opinion reports</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="422" />
      <source>提案和社情民意信息不能互相转换，请新建一份。</source>
      <translation>A proposal and a public-opinion report cannot be turned into each other; please make a new one.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="45" />
      <source>提案委员会</source>
      <translation>Proposals Committee</translation>
    </message>
    <message>
      <source>提案或社情民意信息</source>
      <translation type="vanished">Proposal or public-opinion report</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="254" />
      <source>提案立案后才有承办单位答复。</source>
      <translation>A proposal is answered by a handling unit only after it is registered.</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="120" />
      <source>提案（立案另加）</source>
      <translation>Proposals (extra when filed)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>撤回</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="142" />
      <source>撤销“{name}”</source>
      <translation>Closed “{name}”</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="35" />
      <source>撤销工作室：它的用户不能再登录，记录保留在全县</source>
      <translation>close a studio: its users can no longer sign in, its records stay in the county's</translation>
    </message>
    <message>
      <location filename="studio_app/core/audit.py" line="278" />
      <source>操作</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="130" />
      <source>操作日志</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="107" />
      <source>操作日志中有一条记录无法核对（序号 {seq}，编号 {id}）：它不是本程序写入的。</source>
      <translation>An audit log entry cannot be verified (number {seq}, ID {id}): it was not written by this program.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/storage/audit_log.py" line="121" />
      <source>操作日志另有 %n 处不符。</source>
      <translation>
        <numerusform>The audit log has %n more mismatch.</numerusform>
        <numerusform>The audit log has %n more mismatches.</numerusform>
      </translation>
    </message>
    <message>
      <source>操作日志另有 {n} 处不符。</source>
      <translation type="vanished">The audit log has {n} more mismatches.</translation>
    </message>
    <message>
      <location filename="studio_app/core/models/access.py" line="94" />
      <source>操作日志只能添加，不能修改或删除。</source>
      <translation>Entries can only be added to the audit log; they cannot be changed or deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="132" />
      <source>操作日志的保护触发器“{name}”不见了：操作日志可以被直接修改或删除。</source>
      <translation>The audit log's guard trigger “{name}” is missing: the audit log can be changed or deleted directly.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="183" />
      <source>操作日志的保护触发器“{name}”已被停用（DISABLE TRIGGER）：操作日志可以被直接修改或删除。</source>
      <translation>The audit log's guard trigger “{name}” has been disabled (DISABLE TRIGGER): the audit log can be changed or deleted directly.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="138" />
      <source>操作日志的保护触发器“{name}”被改过：它已不能阻止修改或删除操作日志。</source>
      <translation>The audit log's guard trigger “{name}” has been altered: it no longer stops the audit log from being changed or deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="104" />
      <source>操作日志第 {seq} 条出现了不止一次（{event}）：有记录是另外插入的。</source>
      <translation>Audit log entry number {seq} appears more than once ({event}): an entry was inserted from outside.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="99" />
      <source>操作日志第 {seq} 条（{event}）与它的校验值不符：这一条被改过，或者它前面有记录被删除、插入或改过。</source>
      <translation>Audit log entry number {seq} ({event}) does not match its check value: it was changed, or an entry before it was deleted, inserted or changed.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="94" />
      <source>操作日志缺少第 {first} 条：这条记录被删除了。</source>
      <translation>Audit log entry number {first} is missing: it was deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="95" />
      <source>操作日志缺少第 {first}–{last} 条（共 {n} 条）：这些记录被删除了。</source>
      <translation>Audit log entries {first}–{last} are missing ({n} entries): they were deleted.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="123" />
      <source>操作日志被绕过本程序改动过，已不能证明谁在什么时候做了什么。</source>
      <translation>The audit log was changed outside this program and no longer proves who did what and when. </translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="246" />
      <source>操作日志记载已设置登录，但所有账户都不见了：谁也不能登录，程序保持锁定（不会因此不用密码就能打开）。账户是绕过本程序删除的。</source>
      <translation>The audit log shows that login was set up, but every user account is gone: no one can log in, and the program stays locked (it does not open without a password because of this). The accounts were deleted outside this program. </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>操作被拒绝</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="70" />
      <source>收到扫码提交 {receipt}</source>
      <translation>QR submission {receipt} received</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="207" />
      <source>收到，待受理</source>
      <translation>received, awaiting acceptance</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="281" />
      <source>改为</source>
      <translation>Change to</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="483" />
      <source>改为“{role}”</source>
      <translation>change their role to “{role}”</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="253" />
      <source>改期</source>
      <translation>Reschedule</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="251" />
      <source>改期原因</source>
      <translation>Reason for rescheduling</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>放假</source>
      <translation>Holiday</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_codes.py" line="51" />
      <source>政协委员</source>
      <translation>CPPCC member</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="46" />
      <source>教科卫体委员会</source>
      <translation>Education, Science, Health and Sports Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>教育</source>
      <translation>Education</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="40" />
      <source>教育界</source>
      <translation>Education</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="226" />
      <source>数据库“{db}”里是别的程序的数据表，不是委员工作室助手的数据库。请核对数据库名称。</source>
      <translation>The database “{db}” holds another program's tables, not a Studio Assistant database. Check the database name.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="83" />
      <source>数据库“{name}”所在的文件夹“{folder}”不能写入（这个账户没有写入权限），程序无法在里面保存，这次没有保存。请把数据库复制到可以写入的文件夹（如“文档”）后再打开，或请电脑管理员给这个文件夹写入权限。</source>
      <translation>The folder “{folder}” of the database “{name}” cannot be written to (this account may not write there), so the program cannot save in it; nothing was saved this time. Copy the database to a folder you can write to (such as Documents) and open it there, or ask the computer's administrator to let you write to the folder.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="110" />
      <source>数据库“{name}”所在的磁盘已满，这次没有保存；已保存的资料不受影响。请删除不需要的文件、清空回收站，腾出空间后再试。</source>
      <translation>The disk of the database “{name}” is full; nothing was saved this time, and what was saved before is not affected. Delete files you do not need and empty the recycle bin, then try again.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="78" />
      <source>数据库“{name}”所在的磁盘是只读的（写保护的 U 盘、光盘或只读共享），程序不能在上面保存，这次没有保存。请打开 U 盘的写保护开关，或把数据库复制到电脑上可以写入的文件夹后再打开。</source>
      <translation>The disk of the database “{name}” is read-only (a write-protected USB drive, a CD or a read-only share), so the program cannot save on it; nothing was saved this time. Switch off the USB drive's write protection, or copy the database to a folder on the computer you can write to and open it there.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/cli_backup.py" line="128" />
      <source>数据库“{name}”有 %n 处问题。可以从备份恢复：studio-app restore 备份文件 --db 数据库</source>
      <translation>
        <numerusform>The database “{name}” has %n problem. You can restore it from a backup: studio-app restore BACKUP_FILE --db DATABASE</numerusform>
        <numerusform>The database “{name}” has %n problems. You can restore it from a backup: studio-app restore BACKUP_FILE --db DATABASE</numerusform>
      </translation>
    </message>
    <message>
      <source>数据库“{name}”有 {n} 处问题。可以从备份恢复：studio-app restore 备份文件 --db 数据库</source>
      <translation type="vanished">The database “{name}” has {n} problems. You can restore it from a backup: studio-app restore BACKUP_FILE --db DATABASE</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="134" />
      <source>数据库“{name}”检查通过：完整性、外键、结构版本、操作日志和登录设置都正常。</source>
      <translation>Database “{name}” passed the check: integrity, foreign keys, schema version, audit log and login settings are all fine.</translation>
    </message>
    <message>
      <source>数据库“{name}”检查通过：完整性、外键和结构版本都正常。</source>
      <translation type="vanished">The database “{name}” passed the check: integrity, foreign keys and structure version are all OK.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="58" />
      <source>数据库“{name}”正被另一个窗口或程序写入，等了 {s} 秒仍未完成，这次没有保存。请稍后再试；如果一直这样，请关闭其他打开这个数据库的委员工作室助手窗口（或其他电脑上通过共享文件夹打开它的程序）。</source>
      <translation>Another window or program has been writing to the database “{name}” for more than {s} seconds; nothing was saved this time. Try again in a moment; if it keeps happening, close the other Studio Assistant windows that have this database open (or the program on another computer that opened it through a shared folder).</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/restore.py" line="108" />
      <source>数据库“{path}”正被另一个窗口或程序使用，不能恢复。请先关闭其他打开这个数据库的委员工作室助手窗口，再重试。</source>
      <translation>The database “{path}” is being used by another window or program, so it cannot be restored. Close any other Members' Studio Assistant windows that have this database open, then try again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="75" />
      <source>数据库不能使用（不是本程序的数据库、由更新版本创建、结构升级失败）</source>
      <translation>the database cannot be used (not this program's, made by a newer version, its upgrade failed)</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="411" />
      <source>数据库中已有委员资料，不能再填入演示数据，以免与真实资料混在一起。请新建一个空数据库后再试。</source>
      <translation>The database already has member data, so demo data cannot be added (it would get mixed up with real data). Create a new, empty database and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="135" />
      <source>数据库已有数据时仍然填入</source>
      <translation>Fill in even if the database already has data</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="147" />
      <source>数据库文件“{name}”已损坏（{detail}）。为免损失扩大，程序不使用它。</source>
      <translation>The database file “{name}” is damaged ({detail}). The program does not use it, so that no more is lost. Please </translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="69" />
      <source>数据库文件“{name}”是只读的（文件设为只读，或这个账户没有写入权限），不能保存修改，这次没有保存。请取消文件的只读属性，或把它复制到可以写入的文件夹（如“文档”）后再打开。</source>
      <translation>The database file “{name}” is read-only (the file is set read-only, or this account may not write to it), so changes cannot be saved; nothing was saved this time. Clear the file's read-only setting, or copy it to a folder you can write to (such as Documents) and open it there.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="156" />
      <source>数据库文件“{name}”是空的（0 字节），里面没有任何资料，可能在复制、保存或断电时出了问题。程序不会把它当作新的空数据库使用。请从备份恢复。</source>
      <translation>The database file “{name}” is empty (0 bytes): it holds nothing, perhaps after a failed copy, save or power cut. The program does not take it for a new, empty database. Please restore a backup.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="78" />
      <source>数据库文件、所在文件夹或磁盘只读</source>
      <translation>the database file, its folder or its disk is read-only</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="81" />
      <source>数据库文件已损坏或不是数据库</source>
      <translation>the database file is damaged or not a database</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="82" />
      <source>数据库文件是空的（0 字节）</source>
      <translation>the database file is empty (0 bytes)</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="96" />
      <source>数据库文件路径或 SQLAlchemy URL（默认：用户数据文件夹中的 studio.sqlite3；也可用环境变量 STUDIO_DB）</source>
      <translation>Database file path or SQLAlchemy URL (default: studio.sqlite3 in the user data folder; the STUDIO_DB environment variable can also be used)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="77" />
      <source>数据库正被其他窗口或程序写入，等了 5 秒仍未完成</source>
      <translation>another window or program was writing to the database for more than 5 seconds</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="178" />
      <source>数据库用户名或密码不对（服务器“{where}”拒绝了用户“{user}”）。请核对后再试；这里的用户名和密码是县政协信息管理员给的数据库账户，不是程序里的登录用户。</source>
      <translation>Wrong database user name or password (server “{where}” refused user “{user}”). Check them and try again; they are the database account from the county's IT administrator, not your sign-in to the program.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="288" />
      <source>数据库结构升级失败，已撤销，数据保持原样。{copy}错误：{error}</source>
      <translation>Upgrading the database structure failed and was undone; the data is unchanged. {copy} Error: {error}</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="265" />
      <source>数据库结构需要升级（当前 {cur}，需要 {head}）。</source>
      <translation>The database structure needs an upgrade (current version {cur}, needed {head}).</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="357" />
      <source>数据库里有多个工作室，请先选择为哪个工作室开放扫码登记（命令行用 --studio）。</source>
      <translation>The database holds several studios. Choose the studio to open QR intake for first (on the command line: --studio).</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="547" />
      <source>数据库里有多个工作室，请用 --studio 指明为哪个工作室生成接待日。</source>
      <translation>The database holds several studios: use --studio to say which studio's reception days to generate.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="290" />
      <source>数据库：{db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="396" />
      <source>文件</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="88" />
      <source>文件“{name}”已损坏（可能没有完整复制到 U 盘）。请从原处重新复制一份。</source>
      <translation>The file “{name}” is damaged (perhaps not completely copied to the USB stick). Copy it again from where it came from.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="109" />
      <source>文件“{name}”是空的（0 字节），可能没有下载或复制完整，请重新获取文件。</source>
      <translation>The file “{name}” is empty (0 bytes). It may not have been downloaded or copied completely; please get the file again.</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/roster_io.py" line="229" />
      <source>文件中有 %n 处错误，未导入任何数据。请改正后重新导入。</source>
      <translation>
        <numerusform>The file has %n error, so nothing was imported. Correct it and import again.</numerusform>
        <numerusform>The file has %n errors, so nothing was imported. Correct them and import again.</numerusform>
      </translation>
    </message>
    <message>
      <source>文件中有 {n} 处错误，未导入任何数据。请改正后重新导入。</source>
      <translation type="vanished">The file has {n} errors, so nothing was imported. Correct them and import again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="355" />
      <source>文件中没有名为“{sheet}”的工作表。现有的工作表：{names}</source>
      <translation>The file has no sheet named “{sheet}”. Sheets in the file: {names}</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="220" />
      <source>文件中没有找到可导入的数据行。</source>
      <translation>No data rows to import were found in the file.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="84" />
      <source>文件内容已损坏，无法使用。请从原处重新复制一份。</source>
      <translation>The file's content is damaged and cannot be used. Copy it again from where it came from.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="149" />
      <source>文件内部结构损坏</source>
      <translation>its internal structure is broken</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="78" />
      <source>文件大小：{size}</source>
      <translation>File size: {size}</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="517" />
      <source>文件太大（{mb:.0f} MB），最大 30 MB。扫描时请选较低的分辨率。</source>
      <translation>The file is too large ({mb:.0f} MB); the limit is 30 MB. Choose a lower resolution when scanning.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="182" />
      <source>文件开头不是 SQLite 数据库的标记</source>
      <translation>The file does not start with the SQLite database marker</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="92" />
      <source>文件：{file}（已用口令加密）</source>
      <translation>File: {file} (encrypted with the passphrase)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="47" />
      <source>文化文史和学习委员会</source>
      <translation>Culture, History and Study Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="41" />
      <source>文化艺术界</source>
      <translation>Culture and arts</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="421" />
      <source>文档已生成，但这台电脑上没有任何字体含有以下字符，它们印成方框“□”：{codes}。请安装含有这些字符的字体（如 Windows 的 SimSun-ExtB、Linux 的 fonts-hanazono），或在“设置 → 打印设置”中选择这样的字体后重新生成。</source>
      <translation>The document was created, but no font on this computer has the following characters, so they print as a box “□”: {codes}. Install a font that has them (such as SimSun-ExtB on Windows or fonts-hanazono on Linux), or choose such a font in “Settings → Print settings”, then create the document again.</translation>
    </message>
    <message>
      <source>文档已生成，但这台电脑上没有任何字体含有以下字符，打印出来会是空白方框：{codes}。请安装含有这些字符的字体（如 Windows 的 SimSun-ExtB、Linux 的 fonts-hanazono），或在“设置 → 打印设置”中选择这样的字体后重新生成。</source>
      <translation type="vanished">The document was created, but no font on this computer has the following characters, so they will print as empty boxes: {codes}. Install a font that has them (such as SimSun-ExtB on Windows or fonts-hanazono on Linux), or choose such a font in “Settings → Print settings”, then create the document again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>文泉驿微米黑</source>
      <translation>WenQuanYi Micro Hei</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>文泉驿正黑</source>
      <translation>WenQuanYi Zen Hei</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>文鼎明体</source>
      <translation>AR PL Mingti</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>文鼎楷体</source>
      <translation>AR PL Kaiti</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="141" />
      <source>新增“{name}”</source>
      <translation>Added “{name}”</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="29" />
      <source>新增一个工作室</source>
      <translation>add a studio</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="520" />
      <source>新密码</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="523" />
      <source>新密码不能与原密码相同。</source>
      <translation>The new password must be different from the old one.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="183" />
      <source>新建共性问题…</source>
      <translation>New common issue…</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="421" />
      <source>新的答复期限要晚于现在的期限 {old}。</source>
      <translation>The new answer deadline must be later than the current one, {old}.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="41" />
      <source>新闻出版界</source>
      <translation>Press and publishing</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>方正小标宋简体</source>
      <translation>FZ Xiaobiaosong</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="313" />
      <source>无</source>
      <translation>None</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="39" />
      <source>无党派人士</source>
      <translation>Non-party</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="143" />
      <source>无故缺席全体会议</source>
      <translation>Plenary session missed without leave</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="146" />
      <source>无故缺席协商议事等会议</source>
      <translation>Meetings missed without leave</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="145" />
      <source>无故缺席常委会议</source>
      <translation>Standing committee meeting missed without leave</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="189" />
      <source>无法使用服务器上的数据库“{name}”：{reason}。请检查网络、服务器地址、用户名和密码，或联系服务器管理员。</source>
      <translation>The database “{name}” on the server cannot be used: {reason}. Check the network, the server's address, the user name and password, or contact the server's administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/files.py" line="53" />
      <source>无法保存“{name}”（{reason}）。请换一个文件夹或文件名后重试。</source>
      <translation>Could not save “{name}” ({reason}). Choose another folder or file name and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/files.py" line="35" />
      <source>无法保存“{name}”：文件夹“{folder}”不存在。</source>
      <translation>Could not save “{name}”: the folder “{folder}” does not exist.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/files.py" line="24" />
      <source>无法保存“{name}”：文件正被其他程序（如 Excel、WPS、PDF 阅读器）打开，或没有写入权限。请关闭该文件后重试，或换一个文件夹。</source>
      <translation>Could not save “{name}”: the file is open in another program (such as Excel, WPS or a PDF reader), or you do not have permission to write to it. Close the file and try again, or choose another folder.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/files.py" line="42" />
      <source>无法保存“{name}”：磁盘已满。请腾出空间，或换一个磁盘、U 盘后重试。</source>
      <translation>“{name}” could not be saved: the disk is full. Make space, or use another disk or USB drive, and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/files.py" line="48" />
      <source>无法保存“{name}”：这个磁盘是只读的（U 盘的写保护？）。请换一个位置。</source>
      <translation>“{name}” could not be saved: the disk is read-only (a write-protected USB drive?). Please choose another place.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/settings.py" line="113" />
      <source>无法保存备份设置到“{path}”（{reason}）。</source>
      <translation>Could not save the backup settings to “{path}” ({reason}).</translation>
    </message>
    <message>
      <location filename="studio_app/documents/files.py" line="31" />
      <source>无法保存：“{name}”是一个文件夹，请写上文件名。</source>
      <translation>Could not save: “{name}” is a folder. Please add a file name.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/files.py" line="146" />
      <source>无法写入备份文件夹“{folder}”（{reason}）。请检查 U 盘是否插好、是否已满或被设为只读，或在“备份设置”中换一个文件夹。这次没有备份，下次会再试。</source>
      <translation>Could not write to the backup folder “{folder}” ({reason}). Check that the USB drive is plugged in, is not full and is not read-only, or choose another folder in “Backup settings”. No backup was made this time; the program will try again next time.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="375" />
      <source>无法创建文件夹“{folder}”：{why}</source>
      <translation>Could not create the folder “{folder}”: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="101" />
      <source>无法在 {address} 的端口 {port} 上开放登记页：这台电脑没有这个地址，或端口已被占用。请换一个网络或端口（{error}）。</source>
      <translation>Cannot serve the intake page on {address}, port {port}: this PC does not have that address, or the port is in use. Choose another network or port ({error}).</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="167" />
      <source>无法在“{folder}”创建数据库：该位置不是可写入的文件夹（路径中可能有同名文件，或没有写入权限）。请换一个位置。</source>
      <translation>Could not create the database in “{folder}”: it is not a folder you can write to (there may be a file with the same name in the path, or you do not have write permission). Please choose another location.</translation>
    </message>
    <message>
      <location filename="studio_app/opening.py" line="163" />
      <source>无法在“{path}”建立数据文件夹（{why}）。请换一个文件夹。</source>
      <translation>Cannot create the data folder “{path}” ({why}). Please choose another folder.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="40" />
      <source>无法打开 %(filename)s：%(error)s</source>
      <translation>can't open '%(filename)s': %(error)s</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="303" />
      <source>无法打开数据库“{name}”：{error}</source>
      <translation>The database “{name}” could not be opened: {error}</translation>
    </message>
    <message>
      <source>无法打开数据库“{name}”：文件夹不存在或没有写入权限。请换一个位置。</source>
      <translation type="vanished">Cannot open the database “{name}”: the folder does not exist or you may not save to it. Please choose another location.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="244" />
      <source>无法打开数据库“{path}”（{error}）。</source>
      <translation>Cannot open the database “{path}” ({error}).</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="199" />
      <source>无法打开文件“{path}”：没有读取权限，或文件正被其他程序占用。请关闭 Excel/WPS 中的这个文件后重试。</source>
      <translation>Cannot open the file “{path}”: you may not read it, or another program is using it. Close the file in Excel/WPS and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="24" />
      <source>无法识别的参数：%s（加 -h 查看用法）</source>
      <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="99" />
      <source>无法读取或复制“{path}”（{reason}）。</source>
      <translation>Cannot read or copy “{path}” ({reason}).</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="85" />
      <source>无法读取文件“{name}”：{why}</source>
      <translation>Cannot read the file “{name}”: {why}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="206" />
      <source>无法读取文件“{path}”：{reason}</source>
      <translation>Cannot read the file “{path}”: {reason}</translation>
    </message>
    <message>
      <source>无法连接数据库“{name}”：{error}</source>
      <translation type="vanished">Cannot connect to the database “{name}”: {error}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="85" />
      <source>无法连接数据库服务器，或服务器拒绝</source>
      <translation>the database server cannot be reached, or refuses</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="262" />
      <source>无法连接数据库：{error}</source>
      <translation>Cannot connect to the database: {error}</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="152" />
      <source>无电话</source>
      <translation>no phone</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="317" />
      <source>日期</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="208" />
      <source>日期，如 2024-03-05</source>
      <translation>Date, e.g. 2024-03-05</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>时间</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="34" />
      <source>星期一</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="34" />
      <source>星期三</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="34" />
      <source>星期二</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="34" />
      <source>星期五</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="34" />
      <source>星期六</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="34" />
      <source>星期四</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="35" />
      <source>星期日</source>
      <translation>Sunday</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="188" />
      <source>春节</source>
      <translation>Spring Festival</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="63" />
      <source>是</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="76" />
      <source>是否合格</source>
      <translation>Passed</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="264" />
      <source>是否必填</source>
      <translation>Required?</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="142" />
      <source>显示各类记录数量和数据库结构版本</source>
      <translation>Show the number of records of each kind and the database version</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="22" />
      <source>显示版本号并退出</source>
      <translation>show program's version number and exit</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="21" />
      <source>显示这段说明并退出</source>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <location filename="studio_app/documents/pdf_charts.py" line="184" />
      <source>暂无数据</source>
      <translation>No data yet</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="574" />
      <source>更正理由</source>
      <translation>Reason for the correction</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="275" />
      <source>更正第 {n} 步“{step}” — {title}</source>
      <translation>Correct step {n} “{step}” — {title}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="174" />
      <source>更正第 {sequence} 步为“{step}”（{day}）：{reason}</source>
      <translation>Step {sequence} corrected to “{step}” ({day}): {reason}</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="46" />
      <source>最后一</source>
      <translation>last</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="207" />
      <source>最后一天（YYYY-MM-DD，默认今天）</source>
      <translation>Last day (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="106" />
      <source>最新的备份是“{backup}”。核对后恢复：{command}</source>
      <translation>The newest backup is “{backup}”. To verify and restore it: {command}</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="38" />
      <source>最近走访</source>
      <translation>Last visit</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="218" />
      <source>有 {n} 位委员叫“{name}”，请改用委员编号：{codes}。</source>
      <translation>{n} members are named “{name}”: give the member code instead: {codes}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="351" />
      <source>有 {n} 位委员叫“{text}”，请改用委员的 ID。</source>
      <translation>{n} members are called “{text}”. Please use the member's ID instead.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="149" />
      <source>有冲突的记录没有改动，请在窗口中打开“文件 → 冲突列表”逐项选择。</source>
      <translation>Records in conflict were left unchanged: open “File → Conflict list” in the window and choose for each.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="104" />
      <source>服务器“{name}”的磁盘已满，这次没有保存；已保存的资料不受影响。请联系服务器管理员腾出空间。</source>
      <translation>The disk of the server “{name}” is full; nothing was saved this time, and what was saved before is not affected. Ask the server's administrator to make space.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="183" />
      <source>服务器“{where}”不允许这台电脑连接（pg_hba.conf 里没有它）。请县政协信息管理员在服务器上允许这个网段连接。</source>
      <translation>Server “{where}” does not let this PC connect (it is not in pg_hba.conf). Ask the county's IT administrator to allow this network on the server.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="197" />
      <source>服务器“{where}”拒绝连接：那台电脑开着，但数据库服务没有运行（或端口不对）。请联系县政协信息管理员启动数据库服务，或核对端口（一般是 5432）。</source>
      <translation>Server “{where}” refused the connection: the computer is on, but the database service is not running (or the port is wrong). Ask the county's IT administrator to start the database service, or check the port (usually 5432).</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="169" />
      <source>服务器“{where}”没有开启加密连接（TLS），而这里要求加密。请县政协信息管理员在服务器上开启 TLS（见使用说明），不要关掉这里的加密。</source>
      <translation>Server “{where}” has no encrypted connections (TLS), and encryption is asked for here. Ask the county's IT administrator to turn TLS on at the server (see the manual); do not turn encryption off here.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="188" />
      <source>服务器上没有数据库“{db}”。请核对数据库名称（问县政协信息管理员）。</source>
      <translation>The server has no database “{db}”. Check the database name (ask the county's IT administrator).</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="301" />
      <source>服务器上没有这个数据库</source>
      <translation>the server has no such database</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/server_setup.py" line="82" />
      <source>服务器上的数据库“{db}”不是空的：已有 %n 个数据表（{tables}），没有做任何改动。如果它已经是委员工作室助手的数据库，不需要再初始化：直接在各台电脑上连接它；如果要重新开始，请让数据库管理员新建一个空数据库（CREATE DATABASE … OWNER …）再运行 server-init。</source>
      <translation>
        <numerusform>The server database “{db}” is not empty: it already has %n table ({tables}); nothing was changed. If it already is a Studio Assistant database it needs no setting up: connect to it from each PC; to start afresh, have the database administrator create a new empty database (CREATE DATABASE … OWNER …) and run server-init on it.</numerusform>
        <numerusform>The server database “{db}” is not empty: it already has %n tables ({tables}); nothing was changed. If it already is a Studio Assistant database it needs no setting up: connect to it from each PC; to start afresh, have the database administrator create a new empty database (CREATE DATABASE … OWNER …) and run server-init on it.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/server_setup.py" line="126" />
      <source>服务器上的数据库“{db}”还没有初始化，没有什么可升级的。请先运行 server-init。</source>
      <translation>The server database “{db}” has not been set up: there is nothing to upgrade. Run server-init first.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="53" />
      <source>服务器上的数据库“{name}”中，要修改的记录正被另一台电脑修改，等了 {s} 秒仍未完成，这次没有保存。请稍后再试；如果一直这样，请联系服务器管理员。</source>
      <translation>Another computer has been changing the same records in the database “{name}” on the server for more than {s} seconds; nothing was saved this time. Try again in a moment; if it keeps happening, contact the server's administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="134" />
      <source>服务器上的数据库“{name}”报告数据已损坏，这次没有保存。请立即联系服务器管理员。</source>
      <translation>The database “{name}” on the server reports damaged data; nothing was saved this time. Contact the server's administrator at once.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="95" />
      <source>服务器上的数据库“{name}”现在只允许读取（或这个账户没有修改权限），这次没有保存。请联系服务器管理员。</source>
      <translation>The database “{name}” on the server is read-only now (or this account may not change it); nothing was saved this time. Contact the server's administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="230" />
      <source>服务器上的数据库已由更新版本的委员工作室助手使用（结构版本 {rev}），这台电脑上的程序太旧，不能连接。请安装县政协提供的最新版本。</source>
      <translation>The database on the server is used by a newer version of Studio Assistant (schema version {rev}); the program on this PC is too old to connect. Install the newest version from the county office.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="260" />
      <source>服务器上的数据库是旧版本（结构版本 {rev}，本程序需要 {head}）。服务器上的数据库由县政协统一升级（会影响所有工作室的电脑），各工作室的电脑不会自行升级它：请联系县政协信息管理员用新版本程序运行 studio-app server-upgrade 升级后，再打开。</source>
      <translation>The database on the server is of an older version (schema version {rev}; this program needs {head}). The county office upgrades the server's database (it affects every studio's PC); a studio's PC never upgrades it itself: ask the county's IT administrator to run studio-app server-upgrade with the new version, then open it again.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="174" />
      <source>服务器只接受加密连接（TLS）。请把“加密方式”选为“verify-full”，并选择县政协的 CA 证书文件。</source>
      <translation>The server accepts encrypted connections (TLS) only. Set “Encryption” to “verify-full” and choose the county's CA certificate file.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="501" />
      <source>服务器太忙，请稍后再提交。</source>
      <translation>The server is busy. Please submit again in a moment.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="309" />
      <source>服务器拒绝连接（服务没有运行，或地址、端口不对）</source>
      <translation>the server refused the connection (it is not running, or the address or port is wrong)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="124" />
      <source>服务器数据库“{db}”已是最新的结构版本 {rev}，不需要升级。</source>
      <translation>The server database “{db}” already has the newest schema version {rev}: no upgrade needed.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="305" />
      <source>服务器正在关闭或启动</source>
      <translation>the server is shutting down or starting up</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="307" />
      <source>服务器没有响应</source>
      <translation>the server does not answer</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="164" />
      <source>服务器的证书不受信任：它不是由所选的 CA 证书签发的。请确认证书文件是县政协信息管理员提供的那个；如果服务器刚换了证书，请向他们要新的 CA 证书。</source>
      <translation>The server's certificate is not trusted: it was not issued by the chosen CA certificate. Make sure the certificate file is the one from the county's IT administrator; if the server's certificate was just replaced, ask them for the new CA certificate.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="303" />
      <source>服务器的连接数已满</source>
      <translation>the server has no connections left</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="158" />
      <source>服务器证书上的名字与地址“{host}”不符。请填写证书上的服务器名字（问县政协信息管理员），或请他们重新签发包含这个地址的证书。</source>
      <translation>The name on the server's certificate does not match the address “{host}”. Enter the server name on the certificate (ask the county's IT administrator), or have them issue a certificate that includes this address.</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="44" />
      <source>期限</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_list.py" line="59" />
      <source>期限是今天或下一个工作日的诉求（还没超期）</source>
      <translation>Requests due today or on the next working day (not yet overdue)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="80" />
      <source>未分类</source>
      <translation>Uncategorised</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="360" />
      <source>未立案</source>
      <translation>not filed</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="290" />
      <source>未走访</source>
      <translation>Not visited</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="361" />
      <source>未采用</source>
      <translation>not adopted</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="162" />
      <source>本人修改</source>
      <translation>Changed by the user</translation>
    </message>
    <message>
      <location filename="studio_app/core/similarity.py" line="137" />
      <source>本地说法</source>
      <translation>Local words</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="57" />
      <source>本年</source>
      <translation>This year</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="184" />
      <source>本年度还没有委员的积分。</source>
      <translation>No member has points for this year yet.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="285" />
      <source>本年度还没有履职活动。</source>
      <translation>No activities this year yet.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="269" />
      <source>本年度还没有计分的履职活动。</source>
      <translation>No scored activities this year yet.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="57" />
      <source>本月</source>
      <translation>This month</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="298" />
      <source>本次扫码登记已收满 {n} 条，请直接到工作室或打电话反映。</source>
      <translation>This intake run has received its {n} submissions. Please come to the studio or phone it.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="271" />
      <source>本页只在工作室的网络里打开，不经过互联网。没有互联网的网络无法取得受信任的证书，所以本页用普通的 http 传送：同一网络里的设备在技术上可能看到传送的内容。请不要填写身份证号、银行卡号和密码。提交的内容只保存在工作室的电脑上。</source>
      <translation>This page opens on the studio's own network only, not over the internet. A network without internet cannot get a trusted certificate, so the page uses plain http: other devices on the same network could technically see what is sent. Do not enter ID numbers, bank card numbers or passwords. What you send is kept only on the studio's PC.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="36" />
      <source>村（社区）</source>
      <translation>Village (community)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>来信</source>
      <translation>Letter</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="40" />
      <source>来源</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="32" />
      <source>来访</source>
      <translation>Visits</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="41" />
      <source>来访人</source>
      <translation>Visitor</translation>
    </message>
    <message>
      <source>来访人 {n} 位（诉求 {m} 件）</source>
      <translation type="vanished">{n} visitors ({m} requests)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="188" />
      <source>来访人 {visitors}（诉求 {requests}）</source>
      <translation>{visitors} ({requests})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="55" />
      <source>来访人数</source>
      <translation>Visitors</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="190" />
      <source>来访人（签字）：__________</source>
      <translation>Visitor (signature): __________</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="324" />
      <source>来访群众</source>
      <translation>Visitors</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="343" />
      <source>来访群众 %Ln</source>
      <translation>
        <numerusform>%Ln visitor</numerusform>
        <numerusform>%Ln visitors</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>查看</source>
      <translation>Viewer</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>查看全县概览</source>
      <translation>view the county overview</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>查看完整号码</source>
      <translation>Show full number</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>查看完整的电话和身份证号</source>
      <translation>view full phone and ID numbers</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>查看操作日志</source>
      <translation>view the audit log</translation>
    </message>
    <message>
      <location filename="studio_app/core/households.py" line="143" />
      <source>标签</source>
      <translation>Tags</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="272" />
      <source>标记为已举行</source>
      <translation>mark it as held</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="381" />
      <source>标题</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="750" />
      <source>案由</source>
      <translation>Subject</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="129" />
      <source>档案</source>
      <translation>Archive</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="199" />
      <source>档案：导出或核对存档的文件</source>
      <translation>Archive: export or check the archived files</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="46" />
      <source>检查数据库的完整性、外键、结构版本、操作日志和登录设置（有问题时返回非零）</source>
      <translation>check the database's integrity, foreign keys, schema version, audit log and login settings (non-zero exit on a problem)</translation>
    </message>
    <message>
      <source>检查数据库的完整性、外键和结构版本（有问题时返回非零）</source>
      <translation type="vanished">Check the database's integrity, foreign keys and version (exits non-zero if there is a problem)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>楷体</source>
      <translation>KaiTi</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="219" />
      <source>概括</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="42" />
      <source>概要</source>
      <translation>Summary</translation>
    </message>
    <message>
      <location filename="studio_app/ui/pdf_preview.py" line="55" />
      <source>正在生成{what}…</source>
      <translation>Making the {what}…</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="57" />
      <source>残疾</source>
      <translation>Disability</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="284" />
      <source>每个接待日至少要安排一位值班委员。</source>
      <translation>Each reception day needs at least one member on duty.</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="248" />
      <source>每个积分项目都要有名称。</source>
      <translation>Every item of the scheme needs a name.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="74" />
      <source>每月{days}</source>
      <translation>Every month on {days}</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="72" />
      <source>每月{n}个{d}</source>
      <translation>the {n} {d} of every month</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="145" />
      <source>每月履职活动</source>
      <translation>Activities by month</translation>
    </message>
    <message>
      <source>每月第{n}个星期{d}</source>
      <translation type="vanished">The {n} {d} of every month</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="133" />
      <source>比率为“百分比（分子/分母）”，计算方法与各工作室工作台的工作成效相同；超期件数是这段时间登记、现在已超过所在环节期限的诉求。</source>
      <translation>Rates are shown as “percentage (numerator/denominator)”, counted as on each studio's workbench; overdue counts the requests registered in the period that are now past the deadline of their step.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="38" />
      <source>民建</source>
      <translation>China National Democratic Construction Association</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="46" />
      <source>民族和宗教委员会</source>
      <translation>Ethnic and Religious Affairs Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="38" />
      <source>民盟</source>
      <translation>China Democratic League</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="38" />
      <source>民进</source>
      <translation>China Association for Promoting Democracy</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="38" />
      <source>民革</source>
      <translation>Revolutionary Committee of the Kuomintang</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="115" />
      <source>没有名为“{text}”的工作室。可以选择的有：{names}。</source>
      <translation>There is no studio called “{text}”. You can choose: {names}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="158" />
      <source>没有在任的委员。</source>
      <translation>No serving member.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="257" />
      <source>没有在用的管理员：谁也不能管理用户、查看操作日志和恢复数据。本程序不允许停用或降级最后一位管理员，这是绕过本程序改动了数据库。</source>
      <translation>There is no active administrator: no one can manage users, view the audit log or restore data. This program never lets the last administrator be deactivated or demoted, so the database was changed outside this program. </translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="108" />
      <source>没有待受理的扫码提交。</source>
      <translation>No QR submissions await acceptance.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="109" />
      <source>没有找到可以嵌入 PDF 的中文字体，无法生成文档。请任选一种办法：
1. 统信 UOS、麒麟、Debian、Ubuntu：在终端运行 sudo apt install fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-droid-fallback；
2. 在“设置 → 打印设置”中选择一个 TrueType 中文字体文件（.ttf 或 .ttc，例如 Windows 的 simsun.ttc）。
注意：Noto/思源系列字体（OpenType CFF）无法嵌入 PDF。</source>
      <translation>No Chinese font that can be embedded in a PDF was found, so the document cannot be made. Choose one of these fixes:
1. UOS, Kylin, Debian, Ubuntu: run sudo apt install fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai fonts-droid-fallback in a terminal;
2. In “Settings → Print settings”, choose a TrueType Chinese font file (.ttf or .ttc, e.g. simsun.ttc on Windows).
Note: Noto/Source Han fonts (OpenType CFF) cannot be embedded in a PDF.</translation>
    </message>
    <message>
      <source>没有找到可以嵌入 PDF 的中文字体，无法生成文档。请任选一种办法：
1. 统信 UOS、麒麟、Debian、Ubuntu：在终端运行 sudo apt install fonts-wqy-zenhei fonts-droid-fallback；
2. 在“设置 → 打印设置”中选择一个 TrueType 中文字体文件（.ttf 或 .ttc，例如 Windows 的 simsun.ttc）。
注意：Noto/思源系列字体（OpenType CFF）无法嵌入 PDF。</source>
      <translation type="vanished">No Chinese font that can be embedded in a PDF was found, so the document cannot be made. Choose one of these fixes:
1. UOS, Kylin, Debian, Ubuntu: run sudo apt install fonts-wqy-zenhei fonts-droid-fallback in a terminal;
2. In “Settings → Print settings”, choose a TrueType Chinese font file (.ttf or .ttc, e.g. simsun.ttc on Windows).
Note: Noto/Source Han fonts (OpenType CFF) cannot be embedded in a PDF.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="435" />
      <source>没有找到表头：工作表“{sheet}”的前 {n} 行里，没有一行包含{names}等列名。请确认表头在标题下面、前 {n} 行之内，列名与导入模板一致。</source>
      <translation>Header row not found: none of the first {n} rows of the sheet “{sheet}” contains column names such as {names}. Make sure the header row is below the title, within the first {n} rows, and that the column names match the import template.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="104" />
      <source>没有找到这个数据库的备份。</source>
      <translation>No backup of this database was found.</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="67" />
      <source>没有找到通知的标题（国务院办公厅关于某年部分节假日安排的通知）。请把通知从标题到落款整篇粘贴进来。</source>
      <translation>The notice's title (the General Office of the State Council on the holiday arrangement of a year) was not found. Paste the whole notice, from its title to its signature.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="364" />
      <source>没有提交成功</source>
      <translation>Not sent</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="76" />
      <source>没有登录、密码不对或身份不允许</source>
      <translation>not signed in, a wrong password, or the role may not do it</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="165" />
      <source>没有等待处理的冲突。</source>
      <translation>No conflicts are waiting.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_server.py" line="65" />
      <source>没有终端可以输入县政协管理员的密码。请在终端中运行，或设置环境变量 {env}。</source>
      <translation>There is no terminal to type the county administrator's password in. Run this in a terminal, or set the environment variable {env}.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="366" />
      <source>没有超期的诉求。</source>
      <translation>No overdue requests.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="136" />
      <source>没有这个用户</source>
      <translation>No such user</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="145" />
      <source>沿此线剪开</source>
      <translation>Cut along this line</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="352" />
      <source>注意：{years} 年调休安排待公布，期限和超期天数按预估的法定节假日计算。</source>
      <translation>Note: the make-up working days of {years} are not yet published; deadlines and days late count the estimated statutory holidays.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="308" />
      <source>活动类别</source>
      <translation>Kind of activity</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="292" />
      <source>海报纸张只能是 A4 或 A3。</source>
      <translation>The poster paper size can only be A4 or A3.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>添加用户</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="189" />
      <source>清明节</source>
      <translation>Qingming Festival</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="47" />
      <source>港澳台侨和外事委员会</source>
      <translation>Hong Kong, Macao, Taiwan, Overseas Chinese and Foreign Affairs Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>满意</source>
      <translation>Satisfied</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>满意度</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_figures.py" line="148" />
      <source>满意率</source>
      <translation>Satisfaction rate</translation>
    </message>
    <message>
      <location filename="studio_app/core/members.py" line="320" />
      <source>照片只能是 JPG 或 PNG 图片。</source>
      <translation>The photo must be a JPG or PNG picture.</translation>
    </message>
    <message>
      <location filename="studio_app/core/members.py" line="318" />
      <source>照片太大（超过 2 MB），请先缩小后再选择。</source>
      <translation>The photo is too large (over 2 MB). Please make it smaller and choose it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="159" />
      <source>照片太大（超过 5 MB），请换一张或截图后发送。</source>
      <translation>The photo is too large (over 5 MB). Please choose another or send a screenshot.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="258" />
      <source>照片收到后会缩小，并去掉其中的拍摄位置等信息。</source>
      <translation>A photo is made smaller on receipt and loses where it was taken and similar details.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="166" />
      <source>照片无法识别，请发送 JPG 或 PNG 格式的照片，或截图后发送截图。</source>
      <translation>The photo cannot be read. Please send a JPG or PNG photo, or a screenshot.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="256" />
      <source>照片（可不传，最大 5 MB）</source>
      <translation>Photo (optional, at most 5 MB)</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="88" />
      <source>版式</source>
      <translation>Layout</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="88" />
      <source>版式只能是公文式或紧凑。</source>
      <translation>The layout can only be official style or compact.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="381" />
      <source>版本</source>
      <translation>Revision</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="238" />
      <source>特色</source>
      <translation>Speciality</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="42" />
      <source>特邀</source>
      <translation>Specially invited</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="45" />
      <source>状态</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="57" />
      <source>独居老人</source>
      <translation>Elderly living alone</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="52" />
      <source>环境</source>
      <translation>Environment</translation>
    </message>
    <message>
      <location filename="studio_app/core/scope.py" line="107" />
      <source>现在是“全县”视图，新记录不知道属于哪个工作室。请先在窗口上方选择工作室，再登记。</source>
      <translation>You are viewing the whole county, so a new record has no studio. Choose a studio at the top of the window first, then register.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="58" />
      <source>现在的答复期限是 {due}。</source>
      <translation>The answer is now due on {due}. </translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="110" />
      <source>理由会记入诉求历史，并应告知来访群众。</source>
      <translation>The reason is recorded in the request's history and should be passed on to the visitor.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="161" />
      <source>生成 Excel 导入模板</source>
      <translation>Create an Excel import template</translation>
    </message>
    <message>
      <source>生成 PDF：会议纪要、接待日登记表、受理回执、扫码找委员海报、委员联系卡</source>
      <translation type="vanished">Create PDFs: minutes, reception-day records, receipts, scan-to-find-a-member posters, member contact cards</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="220" />
      <source>生成 PDF：会议纪要、接待日登记表、受理回执、扫码找委员海报、委员联系卡、工作成效统计</source>
      <translation>make a PDF: minutes, reception register, receipt, scan-to-find-a-member poster, member card, figures of the studio's work</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="306" />
      <source>生成一份草稿，在“提案与社情民意”页继续编写、导出 Word。所涉诉求标为“转为提案/社情民意”，没有回访过的群众仍要回访。草稿中不出现群众的姓名（只留姓氏加“某”）、电话和身份证号；建议承办单位取自诉求的承办单位。</source>
      <translation>Makes a draft to finish on the “Proposals and reports” page and export to Word. Its requests are marked “Converted to proposal/report”; visitors not yet called back are still called back. The draft carries no visitor's name (only the surname, as “Mr/Ms Wang”), phone or ID number; the suggested handling units come from the requests' handling units.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="263" />
      <source>生成带回文件</source>
      <translation>return file made</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="204" />
      <source>生成新的二维码（{address}），原来的海报作废</source>
      <translation>new QR code ({address}); the posters printed before are void</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="305" />
      <source>生成草稿</source>
      <translation>Make draft</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr_sheets.py" line="92" />
      <source>用微信“扫一扫”或手机相机扫码，打开县政协的委员页面（要上网），反映问题、联系委员。</source>
      <translation>Scan with WeChat's Scan or the phone's camera to open the member's page on the county CPPCC site (needs internet) to raise a concern or contact the member.</translation>
    </message>
    <message>
      <location filename="studio_app/core/audit.py" line="277" />
      <source>用户</source>
      <translation>User</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="133" />
      <source>用户 {username}</source>
      <translation>User {username}</translation>
    </message>
    <message>
      <location filename="studio_app/demo/county.py" line="144" />
      <source>用户…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="558" />
      <source>用户名</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="661" />
      <source>用户名“{username}”已被使用（不区分大小写），请换一个。</source>
      <translation>The username “{username}” is already taken (capitals and small letters count as the same). Please choose another.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="561" />
      <source>用户名中不能有空格。</source>
      <translation>A username cannot contain spaces.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="299" />
      <source>用户名或密码不对</source>
      <translation>the user name or password is wrong</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="226" />
      <source>用户名或密码不正确。</source>
      <translation>Wrong username or password.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_login.py" line="73" />
      <source>用户名：</source>
      <translation>User name: </translation>
    </message>
    <message>
      <source>用手机微信“扫一扫”扫描委员的二维码，进入委员的页面反映问题、联系委员。</source>
      <translation type="vanished">Scan a member's QR code with WeChat “Scan” on your phone to open the member's page, raise an issue and contact the member.</translation>
    </message>
    <message>
      <source>用手机相机或微信“扫一扫”扫描委员的二维码，即可保存委员的联系方式，不需要上网。</source>
      <translation type="vanished">Scan a member's QR code with your phone camera or WeChat “Scan” to save the member's contact details. No internet needed.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr_sheets.py" line="89" />
      <source>用手机相机扫码，可把委员存进通讯录，不用上网；微信“扫一扫”只显示名片文字，不能保存。</source>
      <translation>Scan with the phone's camera to save the member to your contacts, no internet needed; WeChat's Scan only shows the card as text and cannot save it.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="18" />
      <source>用法：</source>
      <translation>usage: </translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="studio_app/documents/qr_sheets.py" line="130" />
      <source>电话 {phone}</source>
      <translation>Tel. {phone}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="259" />
      <source>电话、身份证号等列已设为文本格式，请直接输入或粘贴为“值”，不要改成数字格式。</source>
      <translation>Columns such as phone and ID number are set to text format. Type the values in, or paste them as “Values”; do not change them to number format.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="122" />
      <source>电话号码</source>
      <translation>phone number</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>男</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="39" />
      <source>界别</source>
      <translation>Sector</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="57" />
      <source>留守儿童</source>
      <translation>Left-behind children</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>登录</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>登录失败</source>
      <translation>Login failed</translation>
    </message>
    <message>
      <source>登录：在窗口中设置了登录以后，读取或修改记录的命令都要先登录：在终端中按提示输入用户名和密码，或为脚本设置环境变量 STUDIO_USER 和 STUDIO_PASSWORD。check、info、template 和 --version 不需要登录。</source>
      <translation type="vanished">Login: once login is set up in the window, every command that reads or changes records signs in first: type the user name and password at the terminal, or set STUDIO_USER and STUDIO_PASSWORD for a script. check, info, template and --version need no login.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="113" />
      <source>登录：在窗口中设置了登录以后，读取或修改记录的命令都要先登录：在终端中按提示输入用户名和密码，或为脚本设置环境变量 STUDIO_USER 和 STUDIO_PASSWORD。check、info、template 和 --version 不需要登录。工作室的账户只看到自己工作室的记录；县政协的账户用 --studio 选择工作室。</source>
      <translation>Login: once logins are set up in the window, every command that reads or changes records asks for a login: enter the user name and password at the terminal, or set STUDIO_USER and STUDIO_PASSWORD for a script. check, info, template and --version need no login. A studio's user sees their own studio's records only; a county user picks a studio with --studio.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>登记</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="127" />
      <source>登记人</source>
      <translation>Registered by</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="298" />
      <source>登记日期</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="409" />
      <source>目前尚未归入群众诉求。</source>
      <translation>No visitor requests have been added to it yet.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>省</source>
      <translation>Provincial</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="117" />
      <source>看不懂接待日规则“{text}”。可以这样写：每月15日、每月10日和20日、每月第一个星期三、每月最后一个星期五。</source>
      <translation>Cannot understand the reception-day rule “{text}”. Write it like this: 15th of every month, 10th and 20th of every month, first Wednesday of every month, last Friday of every month.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="52" />
      <source>矛盾纠纷</source>
      <translation>Disputes</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="212" />
      <source>确定</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="107" />
      <source>确定不予受理</source>
      <translation>Reject</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="79" />
      <source>磁盘已满</source>
      <translation>the disk is full</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="80" />
      <source>磁盘读写出错</source>
      <translation>the disk failed to read or write</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="264" />
      <source>示例</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="46" />
      <source>社会和法制委员会</source>
      <translation>Social and Legal Affairs Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="42" />
      <source>社会福利和社会保障界</source>
      <translation>Social welfare and social security</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="41" />
      <source>社会科学界</source>
      <translation>Social sciences</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="51" />
      <source>社保</source>
      <translation>Social insurance</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>社情民意信息</source>
      <translation>Public-opinion report</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="255" />
      <source>社情民意信息被采用或批示后才有承办单位答复。</source>
      <translation>A public-opinion report is answered by a handling unit only after it is adopted or instructed on.</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="123" />
      <source>社情民意信息（采用另加）</source>
      <translation>Public-opinion reports (extra when adopted)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="40" />
      <source>科技界</source>
      <translation>Science and technology</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="76" />
      <source>积分</source>
      <translation>Points</translation>
    </message>
    <message>
      <location filename="studio_app/core/guard.py" line="74" />
      <source>积分办法</source>
      <translation>Points scheme</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="149" />
      <source>积分办法第 {n} 版，共 {count} 名委员</source>
      <translation>Points scheme version {n}, {count} members</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="185" />
      <source>积分办法第{number}版</source>
      <translation>Points scheme version {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="135" />
      <source>积分构成</source>
      <translation>Points by item</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="262" />
      <source>积分项目</source>
      <translation>Item</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="90" />
      <source>程序关闭</source>
      <translation>the program was closed</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="86" />
      <source>程序出现意外错误（详见日志）</source>
      <translation>an unexpected error in the program (see the log)</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="266" />
      <source>空</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="studio_app/cli_backup.py" line="30" />
      <source>立即备份数据库（SQLite 在线备份，可在程序打开时进行）</source>
      <translation>Back up the database now (SQLite online backup; works while the program is open)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>立案</source>
      <translation>Registered</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="226" />
      <source>立案只用于提案；社情民意信息请记录“采用”或“批示”。</source>
      <translation>Registration is for proposals only; for a public-opinion report record “Adopted” or “Instructed”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="155" />
      <source>立案结果</source>
      <translation>Registration</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="190" />
      <source>端午节</source>
      <translation>Dragon Boat Festival</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="401" />
      <source>端口</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="401" />
      <source>端口应为 1024 到 65535 之间的数字，一般用 8080。</source>
      <translation>The port must be a number from 1024 to 65535; 8080 is usual.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="38" />
      <source>端口（默认 8080）</source>
      <translation>Port (default 8080)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="46" />
      <source>笔记本：把工作包打开为笔记本上的新数据库（--db）</source>
      <translation>Laptop: open the package as a new database on the laptop (--db)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="49" />
      <source>笔记本：生成加密的带回文件，交回办公室导入</source>
      <translation>Laptop: make the encrypted return file for the office to import</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="257" />
      <source>第 1 行是标题，第 2 行是表头，请从第 3 行开始填写，一行一条。</source>
      <translation>Row 1 is the title and row 2 is the header. Start filling in from row 3, one record per row.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="584" />
      <source>第 {n} 步不在现在的经过中（可能已被撤回），请刷新后再试。</source>
      <translation>Step {n} is no longer in the course (it may have been withdrawn). Please refresh and try again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="125" />
      <source>第 {n} 版（{day}修订）</source>
      <translation>Revision {n} (revised {day})</translation>
    </message>
    <message>
      <location filename="studio_app/core/similarity.py" line="142" />
      <source>第 {n} 组的“{word}”太长：每个词最多 {max} 个字，词之间用空格分开。</source>
      <translation>In group {n}, “{word}” is too long: a word has at most {max} characters; put spaces between words.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/pdf_layout.py" line="337" />
      <source>第 {page} 页 共 {total} 页</source>
      <translation>Page {page} of {total}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="396" />
      <source>第 {row} 行</source>
      <translation>Row {row}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/columns.py" line="54" />
      <source>第 {row} 行“{column}”：{message}</source>
      <translation>Row {row}, “{column}”: {message}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="261" />
      <source>第 {row} 行第 {column} 列</source>
      <translation>row {row}, column {column}</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="539" />
      <source>第{n}版</source>
      <translation>revision {n}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="186" />
      <source>第{old}版积分办法 → 第{new}版</source>
      <translation>Points scheme version {old} → version {new}</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="46" />
      <source>第一</source>
      <translation>first</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="205" />
      <source>第一天（YYYY-MM-DD，默认今年1月1日）</source>
      <translation>First day (YYYY-MM-DD, default 1 January of this year)</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="232" />
      <source>第一步必须是起草。</source>
      <translation>The first step must be the draft.</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="172" />
      <source>第一行是标题，第二行是表头；表头可用常见写法（如“户主”“联系电话”“所在村”）。</source>
      <translation>The first row is the title and the second row is the header. Common header names are accepted (e.g. “Head of household”, “Phone”, “Village”).</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="46" />
      <source>第三</source>
      <translation>third</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="46" />
      <source>第二</source>
      <translation>second</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_schedule.py" line="46" />
      <source>第四</source>
      <translation>fourth</translation>
    </message>
    <message>
      <location filename="studio_app/server_setup.py" line="80" />
      <source>等</source>
      <translation> and others</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="202" />
      <source>答复</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="73" />
      <source>答复 — {number}</source>
      <translation>Answer — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="446" />
      <source>答复内容</source>
      <translation>Answer</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="191" />
      <source>答复单位</source>
      <translation>Answering unit</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_figures.py" line="148" />
      <source>答复及时率</source>
      <translation>Answered on time</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="177" />
      <source>答复日期按预估的法定节假日计算（{note}），如有变动另行告知。</source>
      <translation>The answer date counts the estimated statutory holidays ({note}); you will be told if it changes.</translation>
    </message>
    <message>
      <location filename="studio_app/core/app_settings.py" line="106" />
      <source>答复时限</source>
      <translation>Answer deadline</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="36" />
      <source>答复期限仍是 {due}，交办和改派不改变它；需要更多时间请用“延期”。</source>
      <translation>The answer stays due on {due}: assigning and re-routing do not change it; for more time use “Extend”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="41" />
      <source>答复期限在当月、超期才答复或至今未答复的诉求</source>
      <translation>requests whose answer was due that month and came late or has not come yet</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="194" />
      <source>答复的主要内容（可粘贴答复函正文）</source>
      <translation>The main points of the answer (the answer letter may be pasted)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="71" />
      <source>答复群众的内容：办理结果、政策依据、后续安排</source>
      <translation>What to tell the visitor: the result, the policy it is based on, what happens next</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>管理员</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="163" />
      <source>管理员重设</source>
      <translation>Reset by administrator</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>管理工作室</source>
      <translation>manage studios</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>管理用户</source>
      <translation>manage users</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="42" />
      <source>类别</source>
      <translation>Category</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="239" />
      <source>类别“{name}”刚刚已由别人添加，请刷新后查看。</source>
      <translation>The category “{name}” has just been added by someone else. Please refresh to see it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="103" />
      <source>类别“{name}”已归档，请先恢复再调整顺序。</source>
      <translation>The category “{name}” is archived. Restore it first, then change the order.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="123" />
      <source>类别列表已在别处修改（增加、改名或归档），请刷新后重新排序。</source>
      <translation>The category list was changed elsewhere (added, renamed or archived). Please refresh and sort again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="168" />
      <source>类别名称</source>
      <translation>Category name</translation>
    </message>
    <message>
      <location filename="studio_app/core/figures_print.py" line="64" />
      <source>类别图统计 {year} 年 1 月 1 日至 {day} 登记的诉求。</source>
      <translation>The categories count the requests registered from 1 January {year} to {day}.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="249" />
      <source>类别（可不选）</source>
      <translation>Category (optional)</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="381" />
      <source>类型</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="53" />
      <source>紧凑</source>
      <translation>Compact</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="80" />
      <source>级别</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="397" />
      <source>纪要定稿存档…</source>
      <translation>finalising and archiving the minutes…</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="170" />
      <source>纪要整理日期：________年____月____日</source>
      <translation>Minutes written up on: ____________________</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="246" />
      <source>纸张大小（默认 A4）</source>
      <translation>Paper size (default A4)</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="36" />
      <source>组</source>
      <translation>Group</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="381" />
      <source>经办人</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="188" />
      <source>经办人：__________（工作室盖章）{day}</source>
      <translation>Done by: __________ (studio seal) {day}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="45" />
      <source>经济委员会</source>
      <translation>Economic Committee</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="40" />
      <source>经济界</source>
      <translation>Economy</translation>
    </message>
    <message>
      <source>结束日期</source>
      <translation type="vanished">End date</translation>
    </message>
    <message>
      <source>结束日期不能早于开始日期 {since}。</source>
      <translation type="vanished">The end date cannot be earlier than the start date {since}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="178" />
      <source>结束时间</source>
      <translation>End time</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="180" />
      <source>结束时间早于开始时间，请核对。</source>
      <translation>The end time is earlier than the start time. Please check.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="76" />
      <source>结构版本：{revision}</source>
      <translation>Database version: {revision}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="319" />
      <source>结构版本：{rev}</source>
      <translation>Database version: {rev}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="233" />
      <source>结果</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="174" />
      <source>统计截至</source>
      <translation>Counted up to</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="326" />
      <source>统计截至 {day}</source>
      <translation>counted up to {day}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="147" />
      <source>统计期间的最后一天（YYYY-MM-DD，默认今天）</source>
      <translation>Last day of the period (YYYY-MM-DD, default today)</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="304" />
      <source>统计期间的第一天不能晚于最后一天。</source>
      <translation>The first day of the period cannot be later than the last day.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="145" />
      <source>统计期间的第一天（YYYY-MM-DD，默认今年1月1日）</source>
      <translation>First day of the period (YYYY-MM-DD, default 1 January of this year)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/county_pdf.py" line="56" />
      <source>统计期间：{period}（截至 {day}）</source>
      <translation>Period: {period} (as of {day})</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="29" />
      <source>统计的年份（默认今年；往年按年底计算）</source>
      <translation>the year to count (default: this year; an earlier year is counted to its end)</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="257" />
      <source>统计的年份（默认：今年至今，图表为近 12 个月）</source>
      <translation>the year to count (default: this year to date, the charts over the last 12 months)</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="41" />
      <source>编号</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="23" />
      <source>缺少必须给出的参数：%s（加 -h 查看用法）</source>
      <translation>the following arguments are required: %s</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>缺席</source>
      <translation>Absent</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>网格员</source>
      <translation>Grid worker</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="55" />
      <source>网格筛题</source>
      <translation>Picked by grid workers</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="304" />
      <source>署名</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="55" />
      <source>群众出题</source>
      <translation>Raised by the public</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="384" />
      <source>群众反映的具体问题：</source>
      <translation>What the visitors raised:</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="92" />
      <source>群众的意见</source>
      <translation>Visitor's comments</translation>
    </message>
    <message>
      <source>职务</source>
      <translation type="vanished">Position</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="300" />
      <source>联户</source>
      <translation>Linked households</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="113" />
      <source>联户 {id}</source>
      <translation>Household {id}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="321" />
      <source>联户关系</source>
      <translation>Household links</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="340" />
      <source>联户关系 %Ln</source>
      <translation>
        <numerusform>%Ln household link</numerusform>
        <numerusform>%Ln household links</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="127" />
      <source>联户名册</source>
      <translation>Linked households roster</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="183" />
      <source>联户名册中的电话、身份证号完整导出（默认隐去中间几位），用于重新导入</source>
      <translation>Export phone and ID numbers in the linked households roster in full (by default some middle digits are hidden), for importing again</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="101" />
      <source>联系委员</source>
      <translation>Linked members</translation>
    </message>
    <message>
      <location filename="studio_app/core/roster_io.py" line="393" />
      <source>联系委员“{name}”不在委员名册中，请先导入或添加该委员。</source>
      <translation>The linked member “{name}” is not in the member roster. Please import or add this member first.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="43" />
      <source>联系开始</source>
      <translation>Linked since</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="320" />
      <source>联系户</source>
      <translation>Linked household</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="339" />
      <source>联系户 %Ln</source>
      <translation>
        <numerusform>%Ln linked household</numerusform>
        <numerusform>%Ln linked households</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="115" />
      <source>联系户 {id} 的电话和身份证号</source>
      <translation>Phone and ID number of household {id}</translation>
    </message>
    <message>
      <location filename="studio_app/demo/studio.py" line="382" />
      <source>联系户和走访…</source>
      <translation>households and visits…</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>联系户标签</source>
      <translation>Household tag</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="758" />
      <source>联系方式</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="103" />
      <source>联系方式：{contact}</source>
      <translation>Contact: {contact}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_studios.py" line="33" />
      <source>联系电话</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>联系电话 {phone}</source>
      <translation type="vanished">Phone {phone}</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="44" />
      <source>联系结束</source>
      <translation>Linked until</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="294" />
      <source>联系群众</source>
      <translation>Linked households</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>联络员</source>
      <translation>Coordinator</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="88" />
      <source>联络员停止</source>
      <translation>stopped by the coordinator</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="57" />
      <source>脱贫户</source>
      <translation>Lifted out of poverty</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="626" />
      <source>自动停止</source>
      <translation>Stop after</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="626" />
      <source>自动停止的时间应为 1 到 {max} 分钟。</source>
      <translation>The time limit must be 1 to {max} minutes.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="393" />
      <source>至</source>
      <translation>to</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="39" />
      <source>致公党</source>
      <translation>China Zhi Gong Party</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>节假日与调休</source>
      <translation>Holidays and make-up working days</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="83" />
      <source>节假日安排变更，交办期限由 {old} 改为 {new}</source>
      <translation>Holiday arrangement changed: assignment due {new} instead of {old}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="89" />
      <source>节假日安排变更，回访期限由 {old} 改为 {new}</source>
      <translation>Holiday arrangement changed: return visit due {new} instead of {old}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="86" />
      <source>节假日安排变更，答复期限由 {old} 改为 {new}</source>
      <translation>Holiday arrangement changed: answer due {new} instead of {old}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>花园明朝</source>
      <translation>Hanazono Mincho</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>花园明朝（生僻字部分）</source>
      <translation>Hanazono Mincho (rare characters)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="94" />
      <source>草稿</source>
      <translation>Draft</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="91" />
      <source>草稿，未定稿</source>
      <translation>Draft, not finalised</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="153" />
      <source>落实事项</source>
      <translation>Follow-up action</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="157" />
      <source>落实情况</source>
      <translation>Progress</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/storage/backups/check.py" line="118" />
      <source>表“{table}”中有 %n 行引用了不存在的“{parent}”记录（行号 {rows}）。</source>
      <translation>
        <numerusform>Table “{table}” has %n row that refers to a “{parent}” record that does not exist (row {rows}).</numerusform>
        <numerusform>Table “{table}” has %n rows that refer to “{parent}” records that do not exist (rows {rows}).</numerusform>
      </translation>
    </message>
    <message>
      <source>表“{table}”中有 {n} 行引用了不存在的“{parent}”记录（行号 {rows}）。</source>
      <translation type="vanished">Table “{table}” has {n} rows that refer to “{parent}” records that do not exist (rows {rows}).</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="258" />
      <source>表头带 * 的列必须填写。请不要修改表头文字；列的顺序可以调整，用不到的选填列可以删除。</source>
      <translation>Columns marked * in the header must be filled in. Do not change the header text; you may change the order of the columns and delete optional columns you do not need.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="41" />
      <source>要求填写 4 位验证码（在终端显示）</source>
      <translation>Ask for a 4-digit code (shown in the terminal)</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>解锁失败</source>
      <translation>Unlock failed</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>解锁窗口</source>
      <translation>Unlock window</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="188" />
      <source>解除日期</source>
      <translation>Ends on</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="188" />
      <source>解除日期不能早于开始日期 {since}。</source>
      <translation>The end date cannot be before the start date {since}.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>计划</source>
      <translation>Planned</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>议定事项</source>
      <translation>Agreed items</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="279" />
      <source>议定事项第 {n} 项</source>
      <translation>Agreed item {n}</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>议程</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>议程及讨论情况</source>
      <translation>Agenda and discussion</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="268" />
      <source>议程第 {n} 项</source>
      <translation>Agenda item {n}</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>议题</source>
      <translation>Topic</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>议题来源</source>
      <translation>Topic source</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="186" />
      <source>议题来源只能是{options}之一，或不填。</source>
      <translation>The topic source must be one of {options}, or left empty.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="167" />
      <source>记录人</source>
      <translation>Recorder</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/check.py" line="77" />
      <source>记录：{counts}</source>
      <translation>Records: {counts}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="278" />
      <source>记错的一步不会删除：更正记入经过，和原来的一步、更正理由一起保留。选“撤回”表示这一步并没有发生；后面的步骤离不开它时，要先撤回后面的。</source>
      <translation>A step recorded wrongly is not deleted: the correction joins the course and is kept with the original step and the reason. “Withdrawn” means the step did not happen; if later steps depend on it, withdraw those first.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>设置</source>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="42" />
      <source>设置值</source>
      <translation>Setting</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="325" />
      <source>诉求</source>
      <translation>Requests</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="344" />
      <source>诉求 %Ln</source>
      <translation>
        <numerusform>%Ln request</numerusform>
        <numerusform>%Ln requests</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="506" />
      <source>诉求 {number}</source>
      <translation>Request {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="139" />
      <source>诉求 {number} 不在共性问题“{title}”中，无需移出。</source>
      <translation>Request {number} is not in the common issue “{title}”, so there is nothing to remove.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="113" />
      <source>诉求 {number} 已不予受理，不能合并进去。请把这条单独办理或不予受理，并写明理由。</source>
      <translation>Request {number} was rejected: nothing can be merged into it. Handle this request on its own, or reject it with a reason.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="110" />
      <source>诉求 {number} 已办结，不能再合并进去。请把这条作为新诉求办理（可在备注中写明与 {number} 相同）。</source>
      <translation>Request {number} is closed: nothing can be merged into it any more. Handle this one as a new request (a note can say it is the same as {number}).</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="583" />
      <source>诉求 {number} 已合并到其他诉求，请合并到它最终所在的诉求。</source>
      <translation>Request {number} has been merged into another request. Please merge into the request it ended up in.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="246" />
      <source>诉求 {number} 已合并到诉求 {target}，请把 {target} 加入共性问题。</source>
      <translation>Request {number} has been merged into request {target}. Please add {target} to the common issue.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="698" />
      <source>诉求 {number} 已合并，它所在的诉求答复后才能回访这位群众。</source>
      <translation>Request {number} is merged: its visitor can be called back once the request it joined is answered.</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="253" />
      <source>诉求 {number} 已归入共性问题“{other}”，一条诉求只能归入一个共性问题；如要把它移到“{title}”，请确认移动。</source>
      <translation>Request {number} already belongs to the common issue “{other}”. A request can belong to only one common issue; to move it to “{title}”, please confirm the move.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="116" />
      <source>诉求 {number} 已转为提案/社情民意，不能合并进去。可以改为“关联到该提案”：这位群众的诉求照常答复和回访。</source>
      <translation>Request {number} was turned into a proposal or report: nothing can be merged into it. You can “Relate to the proposal” instead: this visitor's request is still answered and called back.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="704" />
      <source>诉求 {number} 当前是“{status}”，不能“{action}”。</source>
      <translation>Request {number} is “{status}”, so “{action}” is not possible.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="123" />
      <source>诉求 {number} 来访人的电话</source>
      <translation>Visitor's phone for request {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="541" />
      <source>诉求 {number} 没有转为提案，不能关联。</source>
      <translation>Request {number} was not turned into a proposal: it cannot be related to.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="121" />
      <source>诉求 {number} 的受理回执</source>
      <translation>Receipt of request {number}</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="580" />
      <source>诉求不能合并到它自己。</source>
      <translation>A request cannot be merged into itself.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="46" />
      <source>诉求与落实</source>
      <translation>Requests and follow-ups</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="36" />
      <source>诉求件数</source>
      <translation>Requests</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="40" />
      <source>诉求内容</source>
      <translation>Request</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="327" />
      <source>诉求办理记录</source>
      <translation>Request history entries</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="346" />
      <source>诉求办理记录 %Ln</source>
      <translation>
        <numerusform>%Ln request step</numerusform>
        <numerusform>%Ln request steps</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="151" />
      <source>诉求按月统计（{span}）</source>
      <translation>Requests by month ({span})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="170" />
      <source>诉求摘要</source>
      <translation>Request summary</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>诉求类别</source>
      <translation>Request category</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="404" />
      <source>诉求类别：{categories}。</source>
      <translation>Request categories: {categories}.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="243" />
      <source>诉求编号（如 2026-0012）或 ID</source>
      <translation>Request number (e.g. 2026-0012) or ID</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="76" />
      <source>诉求：{content}</source>
      <translation>Request: {content}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="140" />
      <source>试运行，没有保存：</source>
      <translation>Dry run, nothing saved: </translation>
    </message>
    <message>
      <location filename="studio_app/core/request_categories.py" line="226" />
      <source>该类别已归档，如需使用请在已归档类别中恢复它。</source>
      <translation>This category is archived. To use it, restore it from the archived categories.</translation>
    </message>
    <message>
      <location filename="studio_app/core/audit.py" line="280" />
      <source>详情</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="321" />
      <source>说明</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="65" />
      <source>请不要再修改这个数据库，由服务器管理员从改动之前做的备份恢复，并告知县政协办公室。</source>
      <translation>Do not change this database any further; have the server administrator restore it from a backup made before the change, and inform the county CPPCC office.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/make.py" line="172" />
      <source>请不要把备份放在“{name}”文件夹中。</source>
      <translation>Please do not put backups in the “{name}” folder.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="150" />
      <source>请为每一项选择“办公室”或“笔记本”。</source>
      <translation>Choose “Office” or “Laptop” for each item.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="467" />
      <source>请从列表中选择类别，或不选。</source>
      <translation>Choose a category from the list, or none.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="137" />
      <source>请从备份恢复（窗口中“文件 → 从备份恢复”，或命令 studio-app restore 备份文件 --db 数据库）；原文件在恢复时另存到 before-restore 文件夹。</source>
      <translation>restore a backup (File → Restore from backup in the window, or the command studio-app restore BACKUP --db DATABASE); the file as it is now is kept in the before-restore folder by the restore.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="66" />
      <source>请保留这个数据库文件（不要再修改），从改动之前做的备份恢复（“文件 → 从备份恢复”，或 studio-app restore 备份文件 --db 数据库），并告知县政协办公室。</source>
      <translation>Keep this database file (do not change it any further), restore from a backup made before the change (“File → Restore from backup”, or studio-app restore BACKUP_FILE --db DATABASE), and inform the county CPPCC office.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>请假</source>
      <translation>On leave</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="157" />
      <source>请先在窗口上方选择要带出的工作室。</source>
      <translation>First choose the studio to take out at the top of the window.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="133" />
      <source>请先登录，再{action}。</source>
      <translation>Please log in first to {action}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="151" />
      <source>请先设置接待日规则，例如“每月15日”。</source>
      <translation>Please set the reception-day rule first, e.g. “15th of every month”.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="78" />
      <source>请写一位委员的姓名或编号，或者用 --all 打印全体委员（二者选一）。</source>
      <translation>Give one member's name or code, or --all for every member (one of the two).</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="197" />
      <source>请写明修订原因。</source>
      <translation>Please give the reason for the revision.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="470" />
      <source>请勾选“同意工作室使用以上信息办理诉求”，否则无法办理。</source>
      <translation>Please tick "I agree that the studio uses this information to handle my request"; otherwise it cannot be handled.</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/reading.py" line="100" />
      <source>请在 Excel/WPS 中打开它，选择“另存为”→“Excel 工作簿（*.xlsx）”后再导入。</source>
      <translation>Open it in Excel/WPS, choose “Save As” → “Excel Workbook (*.xlsx)”, then import it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="348" />
      <source>请填写{label}。</source>
      <translation>Please fill in {label}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="591" />
      <source>请填写不予受理的理由。</source>
      <translation>Please give the reason for rejecting it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="412" />
      <source>请填写延期的理由，例如需要上级部门会商。</source>
      <translation>Please give the reason for the extension, e.g. higher departments must confer.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="176" />
      <source>请填写开始时间。</source>
      <translation>Please fill in the start time.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="249" />
      <source>请填写批示的领导或批示内容。</source>
      <translation>Please enter who gave the instruction or what it says.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="574" />
      <source>请填写更正的理由。</source>
      <translation>Please enter the reason for the correction.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="108" />
      <source>请填写服务器地址（如 192.168.1.10）。</source>
      <translation>Please fill in the server address (e.g. 192.168.1.10).</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="464" />
      <source>请填写电话，工作室要打电话告诉您办理结果。</source>
      <translation>Please give a phone number: the studio will call you with the result.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="446" />
      <source>请填写答复内容。</source>
      <translation>Please fill in the answer.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="259" />
      <source>请填写答复的承办单位和答复内容。</source>
      <translation>Please enter the answering unit and its answer.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="435" />
      <source>请填写经办人的姓名。</source>
      <translation>Please fill in the name of the person who did it.</translation>
    </message>
    <message>
      <source>请填写转成的提案或社情民意信息的标题。</source>
      <translation type="vanished">Please fill in the title of the proposal or public-opinion report it became.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="398" />
      <source>请填写这台电脑在工作室网络中的固定地址，例如 192.168.1.10。</source>
      <translation>Enter this PC's fixed address on the studio's network, e.g. 192.168.1.10.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="198" />
      <source>请服务器管理员恢复保护触发器（ALTER TABLE audit_event ENABLE TRIGGER ALL；被删除或改过的，按本程序的迁移 0008 重建），核对操作日志，并告知县政协办公室。</source>
      <translation>Ask the server administrator to restore the guard triggers (ALTER TABLE audit_event ENABLE TRIGGER ALL; recreate deleted or altered ones as this program's migration 0008 makes them), check the audit log, and inform the county CPPCC office.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="400" />
      <source>请核对，{where}</source>
      <translation>To check, {where}</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="100" />
      <source>请用 --db 指定笔记本上新数据库的文件名。</source>
      <translation>Give the file name of the laptop's new database with --db.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="340" />
      <source>请用手机扫描工作室的二维码打开登记页。</source>
      <translation>Scan the studio's QR code with your phone to open the intake page.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="284" />
      <source>请记下回执号。工作室受理后会打电话告诉您办理情况。</source>
      <translation>Please note the receipt number. The studio will call you once it has taken up your matter.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="95" />
      <source>请选择一个具体的网络地址；不能在所有网络上同时开放登记页。</source>
      <translation>Choose one network address: the intake page is never served on every network at once.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="193" />
      <source>请选择会议类型。</source>
      <translation>Please choose the meeting type.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="266" />
      <source>请选择委员对答复是否满意。</source>
      <translation>Please choose whether the member is satisfied with the answer.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="371" />
      <source>请选择承办委员，或填写承办单位。</source>
      <translation>Please choose a handling member or fill in the handling unit.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="410" />
      <source>请选择新的答复期限。</source>
      <translation>Please choose the new answer deadline.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="233" />
      <source>请选择立案或不予立案。</source>
      <translation>Please choose registered or not registered.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="483" />
      <source>请选择群众对答复是否满意。</source>
      <translation>Choose whether the visitor was satisfied with the answer.</translation>
    </message>
    <message>
      <location filename="studio_app/core/visitor_requests.py" line="318" />
      <source>请选择诉求类别。</source>
      <translation>Choose the request's category.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="301" />
      <source>请选择转为提案还是社情民意信息。</source>
      <translation>Please choose a proposal or a public-opinion report.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="637" />
      <source>请选择这位用户所在的工作室。</source>
      <translation>Choose the studio this user works in.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="247" />
      <source>请选择采用的层级（县、市、省或全国）。</source>
      <translation>Please choose the level that adopted it (county, city, province or national).</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="164" />
      <source>请选择：1 县，2 市，3 省，4 全国</source>
      <translation>Choose: 1 county, 2 city, 3 province, 4 national</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="292" />
      <source>请选择：1 提案，2 社情民意信息</source>
      <translation>Choose: 1 proposal, 2 public-opinion report</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="170" />
      <source>请选择：1 满意，2 基本满意，3 不满意</source>
      <translation>Choose: 1 satisfied, 2 basically satisfied, 3 not satisfied</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="241" />
      <source>请选择：1 立案，2 不予立案</source>
      <translation>Choose: 1 registered, 2 not registered</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="313" />
      <source>请选择：{choices}。</source>
      <translation>Please choose: {choices}.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="120" />
      <source>读写数据库文件“{name}”时磁盘出错（U 盘被拔出，或磁盘有故障），这次没有保存。请检查磁盘或 U 盘后重新打开程序；如果反复出现，请用“检查数据库”查看，必要时从备份恢复。</source>
      <translation>The disk failed while reading or writing the database file “{name}” (a USB drive pulled out, or a faulty disk); nothing was saved this time. Check the disk or USB drive and open the program again; if it happens again, check the database, and restore a backup if needed.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>调休上班</source>
      <translation>Make-up working day</translation>
    </message>
    <message>
      <location filename="studio_app/core/workdays.py" line="39" />
      <source>调休安排待公布</source>
      <translation>make-up working days not yet published</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="287" />
      <source>调整值班</source>
      <translation>change the members on duty</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>调研</source>
      <translation>Survey visit</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>调研视察</source>
      <translation>Research and inspection</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="133" />
      <source>调研视察、学习培训</source>
      <translation>Research, inspection and training</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="154" />
      <source>责任单位</source>
      <translation>Responsible unit</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="306" />
      <source>账户“{username}”已停用，请联系管理员。</source>
      <translation>The account “{username}” is disabled. Please contact the administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="316" />
      <source>账户“{username}”所在的工作室已撤销，不能再登录。需要时请县政协管理员恢复这个工作室，或在“用户管理”中把账户调到别的工作室。</source>
      <translation>The studio of account “{username}” has been closed, so it can no longer sign in. If needed, ask the county administrator to reopen the studio or to move the account to another studio in User management.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="340" />
      <source>账户“{username}”还没有所属的工作室。请县政协管理员在“用户管理”中为它选择工作室。</source>
      <translation>The account “{username}” has no studio yet. Ask a county administrator to choose one for it in User management.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="138" />
      <source>账户已停用</source>
      <translation>Account disabled</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="137" />
      <source>账户已锁定</source>
      <translation>Account locked</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="140" />
      <source>账户所在的工作室已撤销</source>
      <translation>The account's studio is closed</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="139" />
      <source>账户没有所属的工作室</source>
      <translation>The account has no studio</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>账户锁定</source>
      <translation>Account locked</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>走访</source>
      <translation>Visit</translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/base/labels.py" line="341" />
      <source>走访 %Ln</source>
      <translation>
        <numerusform>%Ln visit</numerusform>
        <numerusform>%Ln visits</numerusform>
      </translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="499" />
      <source>走访 {name}</source>
      <translation>Visit to {name}</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="300" />
      <source>走访情况</source>
      <translation>Visit notes</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="43" />
      <source>走访方式</source>
      <translation>Visit method</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="43" />
      <source>走访日期</source>
      <translation>Visit date</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="302" />
      <source>走访日期不能晚于今天。</source>
      <translation>The visit date cannot be later than today.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>走访联系户</source>
      <translation>Household visits</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>起草</source>
      <translation>Drafted</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="230" />
      <source>起草只能是第一步。</source>
      <translation>The draft can only be the first step.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="587" />
      <source>起草这一步不能更正；正文可以在提交前修改。</source>
      <translation>The draft step cannot be corrected; the text can be edited before submitting.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_county.py" line="55" />
      <source>超期</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="37" />
      <source>超期件数</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="45" />
      <source>超期工作日</source>
      <translation>Working days late</translation>
    </message>
    <message>
      <location filename="studio_app/core/county_print.py" line="43" />
      <source>超期环节</source>
      <translation>Overdue step</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="82" />
      <source>超期答复</source>
      <translation>Answered late</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="400" />
      <source>跟踪事项</source>
      <translation>Follow-up actions</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="290" />
      <source>跟踪事项第 {n} 项</source>
      <translation>Follow-up action {n}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>跟踪落实事项</source>
      <translation>Follow-up actions</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="138" />
      <source>跟踪落实事项办结</source>
      <translation>Follow-up actions done</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="622" />
      <source>身份</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="36" />
      <source>身份证号</source>
      <translation>ID number</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="99" />
      <source>身份证号“{value}”中的出生日期不存在，请核对。</source>
      <translation>The date of birth in the ID number “{value}” does not exist. Please check it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="92" />
      <source>身份证号“{value}”应为18位：前17位是数字，最后一位是数字或X。</source>
      <translation>The ID number “{value}” must have 18 characters: 17 digits followed by a digit or X.</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="88" />
      <source>身份证号“{value}”是15位旧号码，请填写18位身份证号。</source>
      <translation>The ID number “{value}” is an old 15-digit number. Please enter the 18-digit ID number.</translation>
    </message>
    <message>
      <location filename="studio_app/core/validation.py" line="103" />
      <source>身份证号“{value}”的校验位不对（最后一位应为 {check}），请核对是否抄错。</source>
      <translation>The check digit of the ID number “{value}” is wrong (the last character should be {check}). Please check it was copied correctly.</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="156" />
      <source>身份：{old} → {new}</source>
      <translation>Role: {old} → {new}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="154" />
      <source>身份：{role}</source>
      <translation>Role: {role}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="301" />
      <source>转为</source>
      <translation>Convert to</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="105" />
      <source>转为{kind}：{title}</source>
      <translation>Converted into a {kind}: {title}</translation>
    </message>
    <message>
      <source>转为提案</source>
      <translation type="vanished">Turn into a proposal</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>转为提案/社情民意</source>
      <translation>Turned into a proposal/public-opinion report</translation>
    </message>
    <message>
      <source>转为提案/社情民意 — {number}</source>
      <translation type="vanished">Turn into a proposal/public-opinion report — {number}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="305" />
      <source>转为提案/社情民意 — {what}</source>
      <translation>Convert to proposal/report — {what}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/action_dialog.py" line="236" />
      <source>输入姓名拼音的首字母即可选中，如 wwy：王委员</source>
      <translation>Type the first letters of the name's pinyin to choose, e.g. wwy for Wang Weiyuan</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="74" />
      <source>输入有误或无法完成（如日期格式、找不到记录、备份文件夹不存在）</source>
      <translation>wrong input, or the command could not be done (a date's format, a record not found, a missing backup folder)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="140" />
      <source>输入诉求编号，如 2026-0012</source>
      <translation>Enter a request number, e.g. 2026-0012</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="45" />
      <source>输出的 PDF 文件</source>
      <translation>The PDF file to write</translation>
    </message>
    <message>
      <source>返回值：0 完成；1 发现了问题（check、import、archive verify 列出）；2 无法完成（错误信息说明原因）；5 没有登录、密码不对或身份不允许。</source>
      <translation type="vanished">Exit codes: 0 done; 1 problems found (listed by check, import, archive verify); 2 could not be done (the message says why); 5 not signed in, wrong password, or the role may not do it.</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="318" />
      <source>还没到 {day}，活动结束后再登记。</source>
      <translation>{day} has not come yet: record the activity after it took place.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="178" />
      <source>还没有举行过接待日。</source>
      <translation>No reception day has been held yet.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="447" />
      <source>还没有会议记录。请先在“会议纪要”页新建会议。</source>
      <translation>There are no meetings yet. Please create a meeting on the “Minutes” page first.</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="307" />
      <source>还没有在任的委员。</source>
      <translation>There are no serving members yet.</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="544" />
      <source>还没有工作室，请先在程序里填写工作室信息。</source>
      <translation>There is no studio yet. Please enter the studio's details in the program first.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="236" />
      <source>还没有提交，请先记录“提交”。</source>
      <translation>It has not been submitted yet; record “Submitted” first.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="597" />
      <source>还没有管理员账户，请先设置管理员。</source>
      <translation>There is no administrator account yet. Please set up an administrator first.</translation>
    </message>
    <message>
      <location filename="studio_app/core/printing.py" line="379" />
      <source>还没有设置工作室。</source>
      <translation>No studio has been set up yet.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="436" />
      <source>还没有设置长期海报的固定地址（或原来的海报已作废）。请在“接待登记 → 开始扫码登记…”中设置这台电脑的固定地址并生成长期二维码。</source>
      <translation>No fixed address is set for the standing poster (or the poster was revoked). Set this PC's fixed address and make a standing QR code under Reception desk → Start QR intake….</translation>
    </message>
    <message>
      <location filename="studio_app/documents/reception_pdf.py" line="126" />
      <source>这一天没有登记诉求。</source>
      <translation>No requests were registered on this day.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="105" />
      <source>这一户现在没有主要联系人，请尽快另设一位。</source>
      <translation>The household now has no primary contact. Please name one soon.</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="267" />
      <source>这一步不能这样记录。</source>
      <translation>This step cannot be recorded this way.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/merge.py" line="459" />
      <source>这一步只能在办公室办理。</source>
      <translation>This step can only be taken at the office.</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="335" />
      <source>这个二维码已经失效（登记已结束，或海报已作废）。请扫描工作室现场张贴的新二维码，或直接到工作室、打电话反映。</source>
      <translation>This QR code is no longer valid (the intake has ended, or the poster was revoked). Scan the new code posted at the studio, or come to the studio or phone it.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="114" />
      <source>这个安装包没有包含连接 PostgreSQL 服务器的组件。请安装县政协提供的完整安装包。</source>
      <translation>This installation has no component for connecting to a PostgreSQL server. Install the full package from the county office.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="310" />
      <source>这个工作包已经作废（之后又带出了新的工作包），它的带回文件不能再导入，以免覆盖新的工作。请联系管理员处理。</source>
      <translation>This package was cancelled (a new one was taken out after it); its return file cannot be imported, so that it does not overwrite newer work. Ask the administrator.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="222" />
      <source>这个工作包已经带回或作废，不能再作废。</source>
      <translation>This package has already come back or been cancelled; it cannot be cancelled.</translation>
    </message>
    <message>
      <location filename="studio_app/core/access.py" line="632" />
      <source>这个工作室已撤销，请选择在用的工作室。</source>
      <translation>This studio is closed; choose an open studio.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="301" />
      <source>这个带回文件不是从本数据库带出的工作包（可能来自另一个办公室或另一个数据库），没有导入。请在带出它的那台电脑（或那个服务器）上导入。</source>
      <translation>This return file is not of a package taken out of this database (perhaps from another office or database); nothing was imported. Import it on the PC (or server) it was taken out of.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="306" />
      <source>这个带回文件已于 {when} 导入过，这次没有再导入任何内容。</source>
      <translation>This return file was already imported at {when}; nothing was imported this time.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="250" />
      <source>这个数据库不是从外出工作包打开的，不能生成带回文件。带回文件在外出的笔记本上生成。</source>
      <translation>This database was not opened from a field package, so no return file can be made from it. Return files are made on the field laptop.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_login.py" line="67" />
      <source>这个数据库已设置登录，命令行也要先登录。请在终端中运行，按提示输入用户名和密码；或为脚本设置环境变量 {user} 和 {password}。</source>
      <translation>This database has login set up, so the command line must sign in too. Run it at a terminal and type the user name and password when asked, or set {user} and {password} for a script.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/migrate.py" line="253" />
      <source>这个数据库由更新版本的委员工作室助手创建（结构版本 {rev}），本程序无法打开，以免损坏数据。请安装最新版本后再打开。</source>
      <translation>This database was created by a newer version of Members' Studio Assistant (database version {rev}). This program cannot open it, so that the data is not damaged. Please install the latest version and open it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/service.py" line="95" />
      <source>这个文件里没有外出工作包的记录，不是本程序生成的工作包或带回文件。</source>
      <translation>This file holds no field package record: it is not a package or return file made by this program.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="311" />
      <source>这个电话号码一小时内已提交 {n} 次，请稍后再试，或直接到工作室反映。</source>
      <translation>This phone number has submitted {n} times within an hour. Please try later, or come to the studio.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="38" />
      <source>这个选项不带值，多出的 %r 没有用</source>
      <translation>ignored explicit argument %r</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="271" />
      <source>这个页面已过期，请重新扫码打开后再填写。</source>
      <translation>This page has expired. Please scan the code again and fill it in.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="105" />
      <source>这些日子有两个接待日（以前生成时重复的），请取消多出的一个：{dates}。</source>
      <translation>These days have two reception days each (left by an earlier generation): please cancel the extra one. {dates}.</translation>
    </message>
    <message>
      <location filename="studio_app/core/guard.py" line="164" />
      <source>这件事关系到全县各个工作室，只有县政协的账户可以{action}。请联系县政协。</source>
      <translation>This concerns every studio of the county: only a county account may {action}. Please ask the county office.</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="285" />
      <source>这份内容已经提交过了，不用重复提交。</source>
      <translation>This has been submitted already; there is no need to send it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/scope.py" line="231" />
      <source>这位委员不在您所在的工作室，不能为他登记。</source>
      <translation>This member is not in your studio; you cannot record this for them.</translation>
    </message>
    <message>
      <location filename="studio_app/core/reception_days.py" line="311" />
      <source>这位委员当天没有值班，无需换班。</source>
      <translation>This member is not on duty that day, so there is no one to swap.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="85" />
      <source>这位群众的诉求已合并办理，这是对他（她）本人的回访。“不满意”会重新打开合并到的那条诉求，继续办理。</source>
      <translation>This visitor's request was merged into another; this is their own return visit. “Dissatisfied” reopens the request it was merged into.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="88" />
      <source>这位群众的诉求已转为提案/社情民意，回访时告诉他（她）转成了什么。满意度记在这条诉求上；问题随提案继续办理，诉求不再重新打开。</source>
      <translation>This visitor's request was converted into a proposal or report; tell them what it became when you call. The satisfaction is recorded on this request; the matter goes on as the proposal, and the request is not reopened.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="36" />
      <source>这台电脑在工作室网络中的地址，如 192.168.1.10</source>
      <translation>This PC's address on the studio's network, e.g. 192.168.1.10</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="161" />
      <source>这张照片是 HEIC 格式（苹果手机的默认格式），本页收不了。请在手机“设置 → 相机 → 格式”中选“兼容性最佳”后重拍，或把照片截图后发送截图。</source>
      <translation>This photo is in HEIC format (the iPhone's default), which this page cannot take. Choose "Most Compatible" under Settings → Camera → Formats and take it again, or send a screenshot of the photo.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="111" />
      <source>这是外出工作包，不是带回文件：导入的是笔记本上“生成带回文件”得到的文件。</source>
      <translation>This is a field package, not a return file: import the file made on the laptop with “Make return file”.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/sealed.py" line="114" />
      <source>这是带回文件，不是外出工作包：笔记本要打开的是办公室“外出工作包”生成的文件。</source>
      <translation>This is a return file, not a field package: the laptop opens the file made at the office with “Field package”.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/audit_log.py" line="202" />
      <source>这是绕过本程序改动了数据库。请从改动之前做的备份恢复（恢复后保护触发器会重建），并告知县政协办公室。</source>
      <translation>The database was changed outside this program. Restore from a backup made before the change (the restore puts the guard triggers back), and inform the county CPPCC office.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="126" />
      <source>这条冲突已经处理过了。</source>
      <translation>This conflict has already been settled.</translation>
    </message>
    <message>
      <location filename="studio_app/core/linkage.py" line="235" />
      <source>这条联系已经解除，不能设为主要联系人。</source>
      <translation>This link has ended and cannot be made the primary contact.</translation>
    </message>
    <message>
      <location filename="studio_app/base/errors.py" line="56" />
      <source>这条记录刚刚被别人修改（可能在另一个窗口或另一台电脑上）。您这次的修改没有保存：请重新载入，看过最新的内容后再改。</source>
      <translation>Someone else has just changed this record (perhaps in another window or on another PC). Your change was not saved: reload, look at what is there now, then change it again.</translation>
    </message>
    <message>
      <source>这条记录在您打开后已被修改（可能在另一个窗口或另一台电脑上）。请关闭后重新打开再修改。</source>
      <translation type="vanished">This record was changed after you opened it (perhaps in another window or on another computer). Please close it and open it again before making changes.</translation>
    </message>
    <message>
      <location filename="studio_app/base/errors.py" line="50" />
      <source>这条记录在您打开后，已由{who}于 {when} 修改（可能在另一个窗口或另一台电脑上）。您这次的修改没有保存：请重新载入，看过最新的内容后再改。</source>
      <translation>After you opened this record, {who} changed it at {when} (perhaps in another window or on another PC). Your change was not saved: reload, look at what is there now, then change it again.</translation>
    </message>
    <message>
      <location filename="studio_app/core/meetings.py" line="390" />
      <source>这次会议的纪要已定稿，不能直接修改。请点“修订”，写明修订原因后再改。</source>
      <translation>The minutes of this meeting are finalised and cannot be edited directly. Click “Revise”, give the reason for the revision, then edit.</translation>
    </message>
    <message>
      <location filename="studio_app/core/field/conflicts.py" line="140" />
      <source>这次会议的纪要已定稿，笔记本上的修改不能直接采用。请选“办公室”处理这条冲突，再在会议纪要页点“修订”，写明原因后补上。</source>
      <translation>The minutes of this meeting are finalised, so the laptop's changes cannot be taken directly. Settle this conflict with “Office”, then click “Revise” on the minutes page and add them with the reason.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="185" />
      <source>这次会议的纪要已经定稿。要修改请点“修订”并写明原因。</source>
      <translation>The minutes of this meeting are already finalised. To change them, click “Revise” and give the reason.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="203" />
      <source>这次会议的纪要还没有定稿，直接修改即可。</source>
      <translation>The minutes of this meeting are not finalised yet, so you can edit them directly.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/carry_over.py" line="82" />
      <source>这次恢复已记入操作日志。</source>
      <translation>The restore was recorded in the audit log.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/backups/make.py" line="131" />
      <source>这次没有备份：数据库已损坏（{error}），以前的备份都保持不变。请用“检查数据库”查看，或从以前的备份恢复。</source>
      <translation>No backup was made this time: the database is damaged ({error}). All earlier backups are unchanged. Use “Check database” to look into it, or restore from an earlier backup.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_figures.py" line="291" />
      <source>这段时间登记的诉求中，回访满意或基本满意而办结的件数（办结后转为提案的也算）</source>
      <translation>Of the requests registered in this period, how many were closed after a satisfied or fairly satisfied return visit (including those later turned into a proposal)</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="208" />
      <source>连不上服务器“{where}”：{s} 秒内没有回应。请检查这台电脑的网络、服务器地址，以及服务器是否开机、防火墙是否放行端口 {port}。</source>
      <translation>Cannot reach server “{where}”: no answer within {s} seconds. Check this PC's network and the server address, whether the server is on, and whether its firewall lets port {port} through.</translation>
    </message>
    <message>
      <location filename="studio_app/storage/faults.py" line="312" />
      <source>连接失败或被中断</source>
      <translation>the connection failed or was broken</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="236" />
      <source>连接成功：服务器“{where}”上的数据库“{db}”（结构版本 {rev}）。</source>
      <translation>Connected: database “{db}” on server “{where}” (schema version {rev}).</translation>
    </message>
    <message>
      <location filename="studio_app/storage/server_connection.py" line="212" />
      <source>连接服务器“{where}”失败：{error}</source>
      <translation>Connecting to server “{where}” failed: {error}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>退出登录</source>
      <translation>Log out</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="89" />
      <source>退出码：</source>
      <translation>Exit codes:</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="58" />
      <source>退役军人</source>
      <translation>Veterans</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/writing.py" line="276" />
      <source>选填</source>
      <translation>Optional</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="20" />
      <source>选项</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="studio_app/cli_words.py" line="33" />
      <source>选项 %(option)s 不明确，可能是 %(matches)s 中的任何一个</source>
      <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="67" />
      <source>通知全文</source>
      <translation>Notice text</translation>
    </message>
    <message>
      <location filename="studio_app/core/holiday_notice.py" line="90" />
      <source>通知里没有找到放假日期。请确认粘贴的是整篇通知，每个节日一条，如“一、元旦：1月1日（周三）放假1天，不调休。”</source>
      <translation>No holiday dates were found in the notice. Make sure the whole notice is pasted, with one numbered item per holiday giving its dates.</translation>
    </message>
    <message>
      <location filename="studio_app/core/request_charts.py" line="37" />
      <source>逾期</source>
      <translation>Late</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="174" />
      <source>遇到已有的同名同电话记录：update 更新，skip 跳过（默认）</source>
      <translation>When a record with the same name and phone already exists: update = update it, skip = skip it (default)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="75" />
      <source>遇节假日提前（顺延会跨到下个月）</source>
      <translation>Fell on a weekend or holiday; moved earlier (the next working day is in the next month)</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="74" />
      <source>遇节假日顺延</source>
      <translation>Fell on a weekend or holiday</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>采用</source>
      <translation>Adopted</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="228" />
      <source>采用和批示只用于社情民意信息；提案请记录“立案”或“不予立案”。</source>
      <translation>Adoption and instructions are for public-opinion reports only; for a proposal record “Registered” or “Not registered”.</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="187" />
      <source>采用层级</source>
      <translation>Adopted at</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="210" />
      <source>重新计算每份存档文件的 SHA-256，有损坏时返回非零</source>
      <translation>Recalculate the SHA-256 of every archived file; exits non-zero if any file is damaged</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="148" />
      <source>锁定到 {time}</source>
      <translation>Locked until {time}</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>锁定窗口</source>
      <translation>Lock window</translation>
    </message>
    <message>
      <location filename="studio_app/cli_errors.py" line="115" />
      <source>错误：{message}</source>
      <translation>Error: {message}</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="203" />
      <source>长期二维码海报</source>
      <translation>Standing QR poster</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="349" />
      <source>问题概述</source>
      <translation>Summary of the problem</translation>
    </message>
    <message>
      <location filename="studio_app/core/activities.py" line="265" />
      <source>附件</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <source>附件太大（{mb:.0f} MB），最大 30 MB。扫描时请选较低的分辨率。</source>
      <translation type="vanished">The attachment is too large ({mb:.0f} MB); the limit is 30 MB. Scan at a lower resolution.</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>附议</source>
      <translation>Co-signer</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="79" />
      <source>附议人</source>
      <translation>Co-signers</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="134" />
      <source>随机种子（相同种子得到相同数据）</source>
      <translation>Random seed (the same seed gives the same data)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_field.py" line="67" />
      <source>需要口令：请在终端中运行并按提示输入，或为脚本设置环境变量 {env}。</source>
      <translation>A passphrase is needed: run this at a terminal and type it when asked, or set the environment variable {env} for a script.</translation>
    </message>
    <message>
      <location filename="studio_app/core/archive.py" line="382" />
      <source>页数</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="145" />
      <source>项</source>
      <translation>items</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="248" />
      <source>项目名称</source>
      <translation>Item name</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="157" />
      <source>领导批示</source>
      <translation>Leader's instruction</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>领衔</source>
      <translation>Lead</translation>
    </message>
    <message>
      <location filename="studio_app/base/labels.py" line="86" />
      <source>领衔委员</source>
      <translation>Lead member</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="250" />
      <source>领衔委员姓名</source>
      <translation>Lead member's name</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="244" />
      <source>领衔委员所得应在 0% 到 100% 之间。</source>
      <translation>The lead member's share must be between 0% and 100%.</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="250" />
      <source>领衔委员手机</source>
      <translation>Lead member's mobile</translation>
    </message>
    <message>
      <location filename="studio_app/core/points.py" line="244" />
      <source>领衔所得</source>
      <translation>Lead's share</translation>
    </message>
    <message>
      <location filename="studio_app/base/messages.py" line="150" />
      <source>首次设置，身份：{role}</source>
      <translation>First-time setup, role: {role}</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="238" />
      <source>验证码</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="studio_app/core/intake.py" line="290" />
      <source>验证码不对，请看工作室现场公布的 4 位验证码。</source>
      <translation>Wrong code. Use the 4-digit code shown at the studio.</translation>
    </message>
    <message>
      <location filename="studio_app/cli_intake.py" line="77" />
      <source>验证码：{pin}</source>
      <translation>Code: {pin}</translation>
    </message>
    <message>
      <location filename="studio_app/documents/fonts.py" line="215" />
      <source>黑体</source>
      <translation>SimHei</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="343" />
      <source>（{how}）</source>
      <translation> ({how})</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="160" />
      <source>（{notes}）</source>
      <translation> ({notes})</translation>
    </message>
    <message>
      <location filename="studio_app/ui/meetings_page.py" line="57" />
      <source>（{note}）</source>
      <translation> ({note})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/member_record_pdf.py" line="277" />
      <source>（{n}）{kind}（{count} 次）</source>
      <translation>({n}) {kind} ({count})</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="131" />
      <source>（{n}）{title}</source>
      <translation>({n}) {title}</translation>
    </message>
    <message>
      <location filename="studio_app/ui/request_actions.py" line="30" />
      <source>（不指定委员）</source>
      <translation>(no member)</translation>
    </message>
    <message>
      <location filename="studio_app/intake_server.py" line="250" />
      <source>（不选）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="studio_app/core/retention.py" line="63" />
      <source>（已匿名）</source>
      <translation>(anonymised)</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="93" />
      <source>（已达年度上限 {cap} 分）</source>
      <translation> (yearly cap of {cap} reached)</translation>
    </message>
    <message>
      <location filename="studio_app/core/studios.py" line="116" />
      <source>（无）</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="studio_app/core/audit.py" line="399" />
      <source>（未登录）</source>
      <translation>(not logged in)</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="327" />
      <source>（电话略）</source>
      <translation>(phone left out)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/spreadsheet/cells.py" line="151" />
      <source>（空）</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <location filename="studio_app/ui/proposal_dialogs.py" line="295" />
      <source>（自动：承办这些诉求最多的委员）</source>
      <translation>(automatic: the member who handled most of these requests)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/minutes_pdf.py" line="104" />
      <source>（草稿）</source>
      <translation> (draft)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="93" />
      <source>（请写出意见建议。）</source>
      <translation>(Write the recommendations.)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="91" />
      <source>（请写明基本情况。）</source>
      <translation>(Describe the background.)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="92" />
      <source>（请写明存在的问题。）</source>
      <translation>(Describe the problems.)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="85" />
      <source>（请写明情况、存在的问题及其原因。）</source>
      <translation>(Describe the situation, the problems and their causes.)</translation>
    </message>
    <message>
      <location filename="studio_app/core/common_issues.py" line="417" />
      <source>（请在此填写建议。）</source>
      <translation>(Write the recommendations here.)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="52" />
      <source>（请填写标题）</source>
      <translation>(Enter the title)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="72" />
      <source>（请选择领衔委员）</source>
      <translation>(Choose the lead member)</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="87" />
      <source>（请逐条写出具体、可行的建议。）</source>
      <translation>(Write concrete, feasible suggestions, one by one.)</translation>
    </message>
    <message>
      <location filename="studio_app/core/proposals.py" line="327" />
      <source>（身份证号略）</source>
      <translation>(ID number left out)</translation>
    </message>
    <message>
      <location filename="studio_app/cli_record.py" line="65" />
      <source>，</source>
      <translation>, </translation>
    </message>
    <message numerus="yes">
      <location filename="studio_app/core/common_issues.py" line="398" />
      <source>，涉及 %n 个村（社区）：{villages}</source>
      <translation>
        <numerusform>, from %n village (community): {villages}</numerusform>
        <numerusform>, from %n villages (communities): {villages}</numerusform>
      </translation>
    </message>
    <message>
      <source>，涉及 {m} 个村（社区）：{villages}</source>
      <translation type="vanished">, from {m} villages (communities): {villages}</translation>
    </message>
    <message>
      <location filename="studio_app/base/errors.py" line="27" />
      <source>；</source>
      <translation>; </translation>
    </message>
    <message>
      <source>；恢复前的操作日志和账户未带入（{reason}），原数据库另存为 {kept}</source>
      <translation type="vanished">; the audit log and user accounts from before the restore were not carried over ({reason}); the old database was saved as {kept}</translation>
    </message>
    <message>
      <source>；沿用恢复前的操作日志（{events} 条）和账户（{users} 个）</source>
      <translation type="vanished">; kept the audit log ({events} entries) and user accounts ({users}) from before the restore</translation>
    </message>
    <message>
      <source>；沿用恢复前的操作日志（{events} 条），账户用备份中的</source>
      <translation type="vanished">; kept the audit log ({events} entries) from before the restore; the user accounts are the backup's</translation>
    </message>
    <message>
      <location filename="studio_app/core/member_record.py" line="91" />
      <source>；等共 {n} 项</source>
      <translation>; {n} in all</translation>
    </message>
    <message>
      <location filename="studio_app/documents/proposal_docx.py" line="101" />
      <source>；联名：{names}</source>
      <translation>; jointly with: {names}</translation>
    </message>
    <message>
      <location filename="studio_app/cli.py" line="398" />
      <source>［{column}］</source>
      <translation>[{column}]</translation>
    </message>
  </context>
  <context>
    <name>weekday</name>
    <message>
      <source>weekday</source>
      <translation type="vanished">weekday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="59" />
      <source>周一</source>
      <translation>Mon</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="60" />
      <source>周三</source>
      <translation>Wed</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="59" />
      <source>周二</source>
      <translation>Tue</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="61" />
      <source>周五</source>
      <translation>Fri</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="61" />
      <source>周六</source>
      <translation>Sat</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="60" />
      <source>周四</source>
      <translation>Thu</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="62" />
      <source>周日</source>
      <translation>Sun</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="52" />
      <source>星期一</source>
      <translation>Monday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="53" />
      <source>星期三</source>
      <translation>Wednesday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="52" />
      <source>星期二</source>
      <translation>Tuesday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="54" />
      <source>星期五</source>
      <translation>Friday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="54" />
      <source>星期六</source>
      <translation>Saturday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="53" />
      <source>星期四</source>
      <translation>Thursday</translation>
    </message>
    <message>
      <location filename="studio_app/ui/reception_days_page.py" line="55" />
      <source>星期日</source>
      <translation>Sunday</translation>
    </message>
  </context>
</TS>
