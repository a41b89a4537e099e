"""Dependencies point one way: db and the shared widgets know no feature; no feature knows the shell."""

import ast
from pathlib import Path

import pytest

import copro_desktop

PACKAGE = Path(copro_desktop.__file__).parent
BELOW_FEATURES = {"db", "ui"}
PRINTING = "printing"
ABOVE_FEATURES = {"shell"}
FEATURES = sorted(
    p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists() and p.name not in BELOW_FEATURES | ABOVE_FEATURES | {PRINTING}
)


def _imports(path: Path) -> set[str]:
    """The copro_desktop packages a module imports, at any depth of the file (lazy imports count too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "copro_desktop" and len(parts) > 1:
                found.add(parts[1])
    return found


def _modules(package: str) -> list[Path]:
    return sorted((PACKAGE / package).rglob("*.py"))


def test_there_are_features_to_check():
    assert {"groups", "agreements"} <= set(FEATURES)


@pytest.mark.parametrize("package", sorted(BELOW_FEATURES))
def test_what_sits_below_the_features_imports_no_feature_and_not_the_shell(package):
    for module in _modules(package):
        wrong = _imports(module) & (set(FEATURES) | ABOVE_FEATURES)
        assert not wrong, f"{module.relative_to(PACKAGE)} imports {wrong}"


def test_printed_documents_are_built_from_storage_and_rules_only():
    """ReportLab documents never reach for widgets, models or the shell."""
    for module in _modules(PRINTING):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("copro_desktop."):
                parts = node.module.split(".")
                if parts[1] in FEATURES:
                    assert parts[2] in ("rules", "tables", "service"), f"{module.name} imports {node.module}"
                else:
                    assert parts[1] not in {"ui", "shell"}, f"{module.name} imports {node.module}"


def test_db_imports_no_shared_widgets():
    for module in _modules("db"):
        assert "ui" not in _imports(module), module


@pytest.mark.parametrize("feature", FEATURES)
def test_no_feature_imports_the_shell(feature):
    for module in _modules(feature):
        assert "shell" not in _imports(module) & ABOVE_FEATURES, f"{module.relative_to(PACKAGE)} imports the shell"


@pytest.mark.parametrize("feature", FEATURES)
def test_rules_and_storage_know_no_qt(feature):
    for name in ("rules.py", "tables.py", "service.py"):
        path = PACKAGE / feature / name
        if path.exists():
            tree = ast.parse(path.read_text(encoding="utf-8"))
            modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
            modules |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
            assert not any(m.startswith("PySide6") for m in modules), f"{feature}/{name} imports Qt"


def test_only_groups_is_shared_by_other_features():
    """Every feature hangs on the group and its meetings; features do not reach into each other."""
    for feature in FEATURES:
        if feature == "groups":
            continue
        for module in _modules(feature):
            others = _imports(module) & (set(FEATURES) - {feature, "groups"})
            assert not others, f"{module.relative_to(PACKAGE)} imports {others}"


def test_the_shell_names_no_feature():
    """The main window, projector and registry find features through their declarations only."""
    for module in _modules("shell"):
        wrong = _imports(module) & set(FEATURES)
        assert not wrong, f"{module.relative_to(PACKAGE)} imports {wrong}"


def test_one_feature_declares_the_spine_the_others_hang_on():
    from copro_desktop.shell.registry import discover, spine

    assert spine().after_group_created in {feature.key for feature in discover()}
