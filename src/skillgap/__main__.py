from skillgap.cli import main

main()
