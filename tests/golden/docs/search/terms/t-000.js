sitrepSearchData("terms/t-000",{"000":"FFSlgyFVt8EETk8"});
