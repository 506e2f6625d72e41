"""Titles of address written before a name, shared by the name finder (``names.py``) and the
contact-detail finder (``pii.py``), which must not import each other."""

from __future__ import annotations

TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. sir madam dame herr frau fräulein monsieur
    herrn madame mademoiselle m. mme mme. mlle señor señora señorita sr sr. sra sra. srta don doña dona dom
    seu senhor senhora sto doutor doutora doctor doctora docteur professeur professor profesora dra dra.
    dre
    signor signore signora signorina sig.ra dott dott. dottor dottore dottoressa avv avv. geom
    meneer mevrouw mevr mevr. dhr dhr.
    ma'am ma’am maam aunty auntie kuya oga mallam alhaji alhaja mzee
    councillor councilor councilman councilwoman alderman pastor reverend rev rev. rabbi imam
    judge captain capt. detective sergeant sgt. lieutenant
    maître maitre docteure professeure abbé capitaine commandant lieutenant adjudant
    licenciado licenciada ingeniero ingeniera arquitecto arquitecta capitán comandante
    teniente sargento profe
    engenheiro engenheira capitão tenente
    doktor doktorin pfarrer pfarrerin hauptmann kapitän kommissar kommissarin hofrat hofrätin
    ingegnere avvocato avvocata ragioniere architetto capitano maresciallo onorevole
    dokter dominee pastoor""".split()
)
"""Titles of address before a name in the five languages and English spoken anywhere: civil, academic
and professional ("licenciado <surname>", "Engenheiro <surname>", "Maître <surname>", "Doktor
<surname>"), religious ("Pastor", "Imam") and of rank ("Comandante", "Captain"). Not "General",
"Major", "Colonel", "Chief" or "Justice", which start the names of firms and bodies."""
