sitrepSearchData("terms/t-pok",{"pokrovsk":"yQ-r6NDFbx8"});
