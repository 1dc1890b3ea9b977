"""Format knowledge: profiles of council paper layouts and the register of councils."""
