sitrepSearchData("terms/t-up",{"up":"FFSlgyFVtgEETk8"});
