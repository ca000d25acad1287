sitrepSearchData("terms/x-d181d182d0be",{"столтенберг":"x-Cf2"});
