# Windows: start OpsDesk on the demo shop.
. "$PSScriptRoot\setup.ps1"
.venv\Scripts\opsdesk.exe --demo @args
