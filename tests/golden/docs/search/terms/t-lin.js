sitrepSearchData("terms/t-lin",{"line":"FFSlgGONho","lines":"FFSlgyFVtgEETk8"});
