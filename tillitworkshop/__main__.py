from tillitworkshop.cli import main

raise SystemExit(main())
