sitrepSearchData("terms/t-sys",{"system":"DTInazYzrgMEAh8","systems":"FFSlgyFVt8"});
