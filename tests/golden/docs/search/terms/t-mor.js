sitrepSearchData("terms/t-mor",{"morale":"FFSl8","more":"FFSlgyFVtx0EETk8"});
