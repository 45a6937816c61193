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

[Run]
Filename: "{app}\EventLoader.exe"; Description: "{cm:LaunchProgram,Event Loader}"; Flags: nowait postinstall skipifsilent
