sitrepSearchData("terms/t-veh",{"vehicle":"HPMigJ-B38","vehicles":"FFSlgyFVt8EETk8"});
