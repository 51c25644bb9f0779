# Windows: the virtual environment in .venv and OpsDesk installed into it.
# Dot-sourced by test.ps1 and demo.ps1; reinstalls only when pyproject.toml changed.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path .venv\Scripts\python.exe)) {
    Write-Host "setup: creating .venv"
    py -3 -m venv .venv
}
$stamp = ".venv\.opsdesk-installed"
$want = (Get-FileHash pyproject.toml -Algorithm SHA256).Hash
if (-not (Test-Path $stamp) -or (Get-Content $stamp) -ne $want) {
    Write-Host "setup: installing OpsDesk and its dependencies into .venv"
    .venv\Scripts\python.exe -m pip install -q --upgrade pip
    .venv\Scripts\python.exe -m pip install -q -e ".[dev]"
    Set-Content $stamp $want
}
