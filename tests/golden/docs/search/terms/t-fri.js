sitrepSearchData("terms/t-fri",{"friday":"HPMix0EETk8"});
