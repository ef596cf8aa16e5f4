; 委员工作室助手 — the Windows installer (Inno Setup 6), in Chinese.
;
; First build the one-folder bundle dist\studio-app\ (packaging\README.md, "Windows"), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\studio-app.iss
; which writes dist\studio-app-setup-<version>.exe (/DAppVersion=0.2.0 sets another version).
;
; For many PCs, silently, for all users (administrator):
;   studio-app-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; An upgrade is the same command with the newer installer (same AppId); uninstalling
; removes the program only. The data (database, backups, settings, logs) is in each user's
; %LOCALAPPDATA%\studio-app (or the folder chosen at first run): nothing here deletes it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "委员工作室助手"
#define AppExe "studio-app.exe"

[Setup]
AppId=cn.gov.cppcc.studio-app
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; An ASCII folder name: some backup and security tools of county offices mishandle others.
DefaultDirName={autopf}\studio-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\dist
OutputBaseFilename=studio-app-setup-{#AppVersion}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; For all users by default; a coordinator without administrator rights may install for herself.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
; An upgrade closes a running copy first (its files are in use), then starts it again.
CloseApplications=yes
RestartApplications=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
#ifexist "icon.ico"
SetupIconFile=icon.ico
#endif

[Languages]
; Inno Setup's Simplified Chinese translation (see packaging\README.md if it is missing).
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[CustomMessages]
chs.DataKept=委员工作室助手已卸载。%n%n工作室的数据（数据库、备份和设置）没有删除：它们在每位用户自己的文件夹中（默认是 %1，或首次运行时选择的文件夹）。重新安装后可以接着使用。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\studio-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the program writes nothing into {app}, and the users' data
; folders must survive uninstall and upgrade.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\studio-app')]),
      mbInformation, MB_OK);
end;
