sitrepSearchData("terms/t-eve",{"even":"FFSlgyFVtoEETk8"});
