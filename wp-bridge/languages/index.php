<?php
// Translations (igny8-bridge-<locale>.mo) go here. Silence is golden.
