sitrepSearchData("terms/t-pok",{"pokrovsk":"yQ-r6LwCdx8"});
