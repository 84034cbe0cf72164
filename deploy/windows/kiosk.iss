; Inno Setup 6 script: packs the PyInstaller bundle (dist\kiosk, from kiosk.spec) into KioskSetup.exe.
; Build on Windows:  iscc deploy\windows\kiosk.iss   (docs/windows.md)
;
; Two modes, chosen in the first dialog or on the command line:
;   per-machine kiosk mode   KioskSetup.exe /ALLUSERS   (admin; Program Files; starts full screen
;                            at every log-on of the kiosk account; settings in ProgramData)
;   per-user school-lab mode KioskSetup.exe /CURRENTUSER (no admin; %LOCALAPPDATA%\Programs;
;                            windowed by default; a Start-menu shortcut, no autostart)
; Either writes a settings.yaml once (an existing one is kept on upgrade) -- ProgramData\kiosk per
; machine, %LOCALAPPDATA%\kiosk per user -- with `windowed: true` per user, `windowed: false` per
; machine, and `state_dir` (that same folder); the shortcuts run
; `kiosk.exe run --config <that file>`, so an operator changes the mode by editing one line.

#define AppName "Museum Kiosk"
#define AppVersion "0.1.0"
#define Dist "..\..\dist\kiosk"

[Setup]
AppId={{6B0E7C1D-3F52-4C55-9A6E-1D2A9B7E5A17}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Museum Kiosk project
DefaultDirName={autopf}\Museum Kiosk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=KioskSetup-{#AppVersion}
OutputDir=..\..\dist
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kiosk.exe

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
; Inno Setup ships no Vietnamese messages; Vietnamese-speaking labs see the English wizard.

[Dirs]
; Kiosk mode: one state directory for the PC (built media, logs, event log), writable by the kiosk account.
Name: "{commonappdata}\kiosk"; Permissions: users-modify; Check: IsAdminInstallMode

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kiosk.exe"; Parameters: "run --config ""{code:SettingsFile}"""; WorkingDir: "{app}"
; Kiosk mode: start at log-on of every user of this PC (use a dedicated, auto-logon kiosk account).
Name: "{commonstartup}\{#AppName}"; Filename: "{app}\kiosk.exe"; Parameters: "run --config ""{code:SettingsFile}"""; WorkingDir: "{app}"; Check: IsAdminInstallMode

[Run]
Filename: "{app}\kiosk.exe"; Parameters: "assets build --state-dir ""{code:StateDir}"""; StatusMsg: "Building pictures and narration…"; Flags: runhidden waituntilterminated
Filename: "{app}\kiosk.exe"; Parameters: "run --config ""{code:SettingsFile}"""; Description: "Start the kiosk now"; Flags: postinstall nowait skipifsilent

[UninstallDelete]
Type: files; Name: "{code:SettingsFile}"

[Code]
function StateDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonappdata}\kiosk')
  else
    Result := ExpandConstant('{localappdata}\kiosk');
end;

function SettingsFile(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonappdata}\kiosk\settings.yaml')
  else
    Result := ExpandConstant('{localappdata}\kiosk\settings.yaml');
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Path, Windowed: String;
begin
  if CurStep = ssPostInstall then
  begin
    Path := SettingsFile('');
    if not FileExists(Path) then
    begin
      ForceDirectories(ExtractFileDir(Path));
      if IsAdminInstallMode then Windowed := 'false' else Windowed := 'true';
      SaveStringToFile(Path,
        '# Written by the installer; see docs/operations.md for every setting.' + #13#10 +
        '# windowed: true = a resizable window (school labs), false = full screen (kiosk).' + #13#10 +
        'windowed: ' + Windowed + #13#10 +
        'state_dir: ''' + StateDir('') + '''' + #13#10, False);
    end;
  end;
end;
