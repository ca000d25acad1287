sitrepSearchData("terms/t-see",{"see":"FFSlgyFVt8"});
