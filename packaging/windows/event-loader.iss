; Inno Setup 6 script for Event Loader's Windows installer.
; Built by packaging/build.py, which passes AppVersion, SourceDir (the PyInstaller folder),
; OutputDir and IconFile on the command line:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\event-loader /DOutputDir=dist /DIconFile=resources\icons\app.ico event-loader.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\event-loader"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\resources\icons\app.ico"
#endif

[Setup]
AppId={{6C1D2F4E-7B51-4E0B-9A7E-3E55A1B0C0DE}
AppName=Event Loader
AppVersion={#AppVersion}
AppPublisher=Event Loader
DefaultDirName={autopf}\Event Loader
DefaultGroupName=Event Loader
DisableProgramGroupPage=yes
; Per-user install by default so marketers without admin rights can install it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#OutputDir}
OutputBaseFilename=EventLoader-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\EventLoader.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Explorer re-reads the "Open with" entries below after install and uninstall.
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Event Loader"; Filename: "{app}\EventLoader.exe"
Name: "{group}\{cm:UninstallProgram,Event Loader}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Event Loader"; Filename: "{app}\EventLoader.exe"; Tasks: desktopicon

; "Open with Event Loader" for the spreadsheets it reads (packaging/bundle_plan.py FILE_TYPES;
; tests/packaging/test_windows_installer.py keeps the two in step). HKA is the current user's
; classes for a per-user install, the machine's for an admin one. Event Loader is offered, never
; made the default: Excel keeps the double-click.
[Registry]
Root: HKA; Subkey: "Software\Classes\EventLoader.Spreadsheet"; ValueType: string; ValueName: ""; ValueData: "Spreadsheet for Event Loader"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\EventLoader.Spreadsheet\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\EventLoader.exe,0"
Root: HKA; Subkey: "Software\Classes\EventLoader.Spreadsheet\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\EventLoader.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "EventLoader.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.xlsm\OpenWithProgids"; ValueType: string; ValueName: "EventLoader.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithProgids"; ValueType: string; ValueName: "EventLoader.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ods\OpenWithProgids"; ValueType: string; ValueName: "EventLoader.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "EventLoader.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.tsv\OpenWithProgids"; ValueType: string; ValueName: "EventLoader.Spreadsheet"; ValueData: ""; Flags: uninsdeletevalue
; The program's own entry, which "Open with > Choose another app" lists with its name.
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Event Loader"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\EventLoader.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\SupportedTypes"; ValueType: string; ValueName: ".xlsm"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\SupportedTypes"; ValueType: string; ValueName: ".ods"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\EventLoader.exe\SupportedTypes"; ValueType: string; ValueName: ".tsv"; ValueData: ""

[Run]
Filename: "{app}\EventLoader.exe"; Description: "{cm:LaunchProgram,Event Loader}"; Flags: nowait postinstall skipifsilent
