sitrepSearchData("terms/x-d0b4d0b7d0b5",{"дзержинск":"ByFq6","дзержинськ":"ByFq6"});
