; OpsDesk installer for Windows (NSIS 3). A per-user install: no administrator rights,
; no UAC prompt, nothing written outside the user's profile and HKCU.
;
;   makensis build_spec\installer.nsi          (after pyinstaller build_spec\opsdesk.spec)
;
; Installs dist\OpsDesk\ into %LOCALAPPDATA%\Programs\OpsDesk, adds a Start-menu entry,
; registers the uninstaller under HKCU (Settings > Apps lists it) and opens .opsdesk shop
; files with OpsDesk.exe. The uninstaller removes exactly that and keeps the user's shop
; files, settings and demo shop (%LOCALAPPDATA%\OpsDesk).
;
; Defines that can be given with /D (paths relative to this folder):
;   VERSION  default: __version__ read from ..\opsdesk_gui\__init__.py, the same source
;            as the executables' version resources (buildinfo.py); X.Y.Z only.
;   DIST     default: ..\dist\OpsDesk (the PyInstaller one-folder bundle)
;   OUTFILE  default: ..\dist\OpsDesk-VERSION-setup.exe

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!ifndef VERSION
  !searchparse /file "../opsdesk_gui/__init__.py" `__version__ = "` VERSION `"`
!endif
!ifndef DIST
  !define DIST "../dist/OpsDesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "../dist/OpsDesk-${VERSION}-setup.exe"
!endif
; Windows version resources want four numbers.
!searchparse "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH

!define APP "OpsDesk"
!define APP_EXE "OpsDesk.exe"
!define CLI_EXE "opsdesk-cli.exe"
!define PUBLISHER "OpsDesk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OpsDesk"
!define PROGID "OpsDesk.Shop"
!define ICON "../resources/icons/opsdesk.ico"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
; An upgrade goes where the last install went.
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; otherwise the user's Windows language decides.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString FILE_TYPE ${LANG_SIMPCHINESE} "OpsDesk 店铺文件"
LangString FILE_TYPE ${LANG_ENGLISH} "OpsDesk shop file"

VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIFileVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Copyright (c) OpsDesk authors"

Section "OpsDesk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the bundle's libraries wholesale: no stale file of an older
  ; version stays next to the new ones.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  ; Settings > Apps (per user).
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"

  ; .opsdesk shop files open in OpsDesk (the app takes the file with --shop).
  WriteRegStr HKCU "Software\Classes\.opsdesk" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.opsdesk\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FILE_TYPE)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" \
    '"$INSTDIR\${APP_EXE}" --shop "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer shows the new icon without a restart.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there: never a recursive delete of $INSTDIR, which a
  ; user may have pointed at a folder holding other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKCU "${UNINST_KEY}"
  ; The extension goes only while it still points at OpsDesk.
  ReadRegStr $0 HKCU "Software\Classes\.opsdesk" ""
  ${If} $0 == "${PROGID}"
    DeleteRegKey HKCU "Software\Classes\.opsdesk"
  ${Else}
    DeleteRegValue HKCU "Software\Classes\.opsdesk\OpenWithProgids" "${PROGID}"
  ${EndIf}
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
