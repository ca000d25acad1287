sitrepSearchData("terms/t-muc",{"much":"HPMix8EETk8"});
