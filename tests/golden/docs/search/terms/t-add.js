sitrepSearchData("terms/t-add",{"added":"FFSlgyFVt8","address":"HPMi8"});
