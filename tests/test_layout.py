"""The project's shape: layering rules that keep the codebase readable."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["temporal", "extract", "readers", "store", "batch", "queries", "figures"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_nothing_under_events_imports_streamlit():
    offenders = [p for p in (ROOT / "events").rglob("*.py") if any(n.split(".")[0] == "streamlit" for n in _imports(p))]
    assert offenders == []


def test_layers_import_only_earlier_layers():
    for position, layer in enumerate(LAYERS):
        later = LAYERS[position + 1:]
        layer_path = ROOT / "events" / layer
        files = list(layer_path.rglob("*.py")) if layer_path.is_dir() else [ROOT / "events" / f"{layer}.py"]
        for path in files:
            if not path.exists():
                continue
            for name in _imports(path):
                parts = name.split(".")
                assert not (parts[0] == "events" and len(parts) > 1 and parts[1] in later), (
                    f"{path.relative_to(ROOT)} (layer {layer}) imports {name}, a later layer"
                )
