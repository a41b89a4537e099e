from copro_desktop.app import main

raise SystemExit(main())
